import type { Services } from '../../platform/context.js';
import type { SweepReport } from '../../platform/files/file-storage.js';
import { recordedStorageKeys } from '../files-repository.js';

/**
 * Clears what crashed uploads left in storage: a received file whose record committed is placed,
 * one without a record — and a placed file without a record — is deleted once older than the
 * configured grace, so an upload still in progress is never touched. Run at start and on a
 * schedule, by every instance (each step tolerates another instance doing it too).
 */
export function sweepStoredFiles(
  services: Pick<Services, 'db' | 'files' | 'config' | 'clock'>,
): Promise<SweepReport> {
  return services.files.sweep({
    recorded: (keys) => recordedStorageKeys(services.db, keys),
    graceMs: services.config.fileSweep.graceMinutes * 60_000,
    now: services.clock(),
  });
}
