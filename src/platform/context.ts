import type { Config } from './config/config.js';
import type { Database } from './db/database.js';
import type { FileStorage } from './files/file-storage.js';
import type { Mailer } from './mail/mailer.js';

/** What a use case needs from the outside world; routes build it, tests build it by hand. */
export interface Services {
  db: Database;
  config: Config;
  clock: () => Date;
  files: FileStorage;
  /** Outgoing mail, when config.mail names a relay. */
  mailer?: Mailer | undefined;
}
