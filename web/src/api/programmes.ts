import type { ApiAnswer } from './client.js';

/** The programme the platform runs today; later each cycle names its own version. */
export const CURRENT_PROGRAMME_ID = 'jinshui-2011';

/** A programme version as the server publishes it (the generated API types). */
export type Programme = ApiAnswer<'/api/programmes/{id}'>;

/** A scoring framework as the server publishes it. */
export type Framework = ApiAnswer<'/api/frameworks/{id}'>;
