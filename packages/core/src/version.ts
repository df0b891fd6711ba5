import path from 'node:path';
import fs from 'node:fs';

/** This core's version (package.json): what plugins' `coreVersion` ranges are checked against. */
export const CORE_VERSION: string = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
