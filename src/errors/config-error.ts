/**
 * The configuration, or the keys and files it names, cannot work: the process says why in one message
 * and exits 2 before it serves anything. Never carries a secret's value, only its name.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
