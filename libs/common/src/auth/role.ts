/** A member's role within one partnership (DESIGN.md, "Permissions"). */
export enum Role {
  COORDINATOR = 'COORDINATOR',
  PARTNER = 'PARTNER',
  BOARD_MEMBER = 'BOARD_MEMBER',
}
