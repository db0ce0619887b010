import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { IsNewPassword, PASSWORD_MAX_LENGTH, PASSWORD_RULE } from './password.rule';

@ArgsType()
export class ChangePasswordArgs {
  @Field({ description: "The caller's password now; a wrong one is BAD_USER_INPUT on `currentPassword`." })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field({ description: `The same rule as for a new account: ${PASSWORD_RULE} Must differ from the current one.` })
  @IsNewPassword()
  newPassword: string;
}
