import { Injectable } from '@nestjs/common';
import { todayIn } from '@app/calendar';
import { Settings } from '@app/config';

/** The one source of "now", injected so tests can fix it (via the `CLOCK_NOW` setting). */
@Injectable()
export class Clock {
  private readonly fixed: Date | null;

  constructor(settings: Settings) {
    this.fixed = settings.clockNow;
  }

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Today's calendar date in the given IANA timezone (a partnership's). */
  today(timezone: string): string {
    return todayIn(timezone, this.now());
  }
}
