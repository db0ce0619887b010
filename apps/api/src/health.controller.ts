import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@app/common';

/** Liveness (the process answers) and readiness (database reachable, every migration applied). */
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Public()
  async health(@Res({ passthrough: true }) res: Response) {
    const database = await this.db
      .query('SELECT 1')
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    const pending = database === 'up' ? await this.db.showMigrations().catch(() => true) : true;
    const ready = database === 'up' && !pending;
    res.status(ready ? 200 : 503);
    return { status: ready ? 'ok' : 'unavailable', live: true, ready, database, migrations: pending ? 'pending' : 'applied' };
  }

  @Get('live')
  @Public()
  @HttpCode(200)
  live() {
    return { status: 'ok', live: true };
  }
}
