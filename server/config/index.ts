// Configuration files: finding, reading, validating and resolving them.
export { ConfigError } from './errors';
export {
  CONFIG_FILE_NAMES,
  ConfigResolver,
  defaultLoadedConfig,
  documentMappingFor,
  findConfigFile,
  loadConfigFile,
  type DocumentMapping,
  type LoadedConfig,
} from './load';
export { parseConfigText } from './parse';
export { validateConfigData } from './validate';
