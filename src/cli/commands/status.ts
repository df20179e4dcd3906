import { lstat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  allocateStatusEntry,
  createStatusList,
  loadStatusList,
  type SavedStatusList,
  type StatusList,
  saveStatusList,
  setStatus,
  signStatusListCredential,
} from 'microcred/jwt';
import { handleHelp, integer, oneOf } from '../args.js';
import { CliError } from '../cli-error.js';
import { withFileLock } from '../files/lock-file.js';
import { type InputOptions, inputOptions, MAX_BYTES_OPTION, readJsonInput, writeOutput } from '../io.js';
import { readPrivateKey } from '../keys.js';
import { printJson, type Terminal } from '../terminal.js';

const ACTIONS = ['create', 'allocate', 'revoke', 'suspend', 'reinstate', 'publish'] as const;

export const statusHelp = `Usage: microcred status create <list.json> --url <https-url> [--purpose revocation|suspension] [--length n] [--force]
       microcred status allocate <list.json>
       microcred status revoke|suspend|reinstate <list.json> --index <i>
       microcred status publish <list.json> --key <private.jwk> --issuer <id> [--out <file>]

Keeps a Bitstring Status List in a JSON file (the list, and which indexes are in use):
  create     a new, empty list (131,072 entries at least) published later at --url; refuses to replace
             an existing file (its revocations and allocations would be lost) unless --force
  allocate   draws a random unused index and prints the credentialStatus entry for a new credential
  revoke     revokes an index of a revocation list (cannot be undone)
  suspend    suspends an index of a suspension list; reinstate lifts the suspension
  publish    signs the list as a BitstringStatusListCredential and prints the token (or writes --out):
             serve it at the list's URL

Options:
  --url <https-url>     where the signed list will be published
  --purpose <purpose>   revocation (default) or suspension
  --length <n>          number of entries (default 131072)
  --index <i>           the statusListIndex of the credential
  --key <file>          the issuer's private JWK
  --issuer <id>         the issuer id of the list credential
  --kid <id>            the key id in the header (default: the JWK's kid)
  --valid-for <s>       seconds the signed list stays valid
  --out <file>          write the token to a file instead of stdout (replaced if it exists)
  --force               create: replace an existing list file
  --max-bytes <n>       the input limit in bytes (KiB and MiB suffixes allowed; default 1MiB, at most 64MiB)
  --json                print the result as JSON
  -h, --help            show this help

Every change is written to a new file in the same folder and renamed over the list, so the list is never
left half-written. Exit codes: 0 done, 2 usage or input error.`;

async function load(path: string, io: InputOptions): Promise<StatusList> {
  const saved = await readJsonInput(path, io);
  try {
    return await loadStatusList(saved as SavedStatusList);
  } catch (cause) {
    throw new CliError(`${path} is not a status list saved by "microcred status": ${(cause as Error).message}`);
  }
}

async function save(path: string, list: StatusList, replace: boolean): Promise<void> {
  await writeOutput(path, JSON.stringify(await saveStatusList(list), null, 2), { replace });
}

/** The subcommand, or a usage error that lists the valid ones. */
function actionOf(value: string | undefined): (typeof ACTIONS)[number] {
  if (value !== undefined && (ACTIONS as readonly string[]).includes(value)) return value as (typeof ACTIONS)[number];
  throw new CliError(
    `${value === undefined ? 'missing subcommand' : `unknown subcommand "${value}"`}; one of: ${ACTIONS.join(', ')}\n\n${statusHelp}`,
  );
}

/** Refuses to create a list over an existing file unless --force: its revocations and allocations would be lost. */
async function refuseExisting(file: string): Promise<void> {
  const taken = await lstat(file).then(
    () => true,
    () => false,
  );
  if (taken) {
    throw new CliError(
      `${file} already exists; replacing it would lose every revocation and allocation it records. Give --force to replace it, or choose another file`,
    );
  }
}

/** `microcred status`: create a list, allocate an index, revoke/suspend/reinstate it, publish the list. */
export async function statusCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      purpose: { type: 'string' },
      length: { type: 'string' },
      index: { type: 'string' },
      key: { type: 'string' },
      issuer: { type: 'string' },
      kid: { type: 'string' },
      'valid-for': { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      force: { type: 'boolean' },
      ...MAX_BYTES_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    terminal.out(statusHelp);
    return 0;
  }
  const action = actionOf(positionals[0]);
  handleHelp(terminal, statusHelp, values, positionals, { min: 2, max: 2 });
  const file = positionals[1] as string;
  if (file === '-') throw new CliError('status keeps its list in a file: give its path, not - (standard input)');
  const io = inputOptions(terminal, values['max-bytes']);
  if (values.force === true && action !== 'create') throw new CliError('--force applies to "status create" only');
  // A change reads the list and writes it back: hold a lock so that concurrent changes cannot lose one another.
  return action === 'publish'
    ? run(action, file, values, io, terminal)
    : withFileLock(file, () => run(action, file, values, io, terminal));
}

type StatusValues = {
  readonly url?: string | undefined;
  readonly purpose?: string | undefined;
  readonly length?: string | undefined;
  readonly index?: string | undefined;
  readonly key?: string | undefined;
  readonly issuer?: string | undefined;
  readonly kid?: string | undefined;
  readonly 'valid-for'?: string | undefined;
  readonly out?: string | undefined;
  readonly json?: boolean | undefined;
  readonly force?: boolean | undefined;
};

async function run(
  action: (typeof ACTIONS)[number],
  file: string,
  values: StatusValues,
  io: InputOptions,
  terminal: Terminal,
): Promise<number> {
  const json = values.json === true;

  if (action === 'create') {
    if (values.url === undefined) throw new CliError(`status create needs --url <https-url>\n\n${statusHelp}`);
    if (values.force !== true) await refuseExisting(file);
    const length = integer('length', values.length);
    const list = createStatusList({
      purpose: oneOf('purpose', values.purpose, ['revocation', 'suspension'] as const) ?? 'revocation',
      url: values.url,
      ...(length === undefined ? {} : { length }),
    });
    await save(file, list, values.force === true);
    if (json) printJson(terminal, { file, purpose: list.purpose, url: list.url, length: list.length });
    else terminal.out(`created a ${list.purpose} list of ${list.length} entries for ${list.url} in ${file}`);
    return 0;
  }
  const list = await load(file, io);
  if (action === 'allocate') {
    const { list: next, entry } = allocateStatusEntry(list);
    await save(file, next, true);
    printJson(terminal, entry);
    return 0;
  }
  if (action === 'publish') {
    if (values.key === undefined || values.issuer === undefined) {
      throw new CliError(`status publish needs --key <private.jwk> and --issuer <id>\n\n${statusHelp}`);
    }
    const key = await readPrivateKey(values.key, io);
    const validForSeconds = integer('valid-for', values['valid-for']);
    const { token } = await signStatusListCredential(list, key, {
      issuer: values.issuer,
      kid: values.kid ?? key.kid,
      ...(validForSeconds === undefined ? {} : { validForSeconds }),
    });
    if (values.out !== undefined) await writeOutput(values.out, token, { replace: true });
    if (json) printJson(terminal, { url: list.url, token, ...(values.out === undefined ? {} : { out: values.out }) });
    else if (values.out === undefined) terminal.out(token);
    else terminal.out(`signed ${list.url} into ${values.out}: publish it at that URL`);
    return 0;
  }
  if (values.index === undefined) throw new CliError(`status ${action} needs --index <i>\n\n${statusHelp}`);
  const wanted = action === 'revoke' ? 'revocation' : 'suspension';
  if (list.purpose !== wanted)
    throw new CliError(`${file} is a ${list.purpose} list: "${action}" needs a ${wanted} list`);
  await save(file, setStatus(list, values.index, action !== 'reinstate'), true);
  if (json) printJson(terminal, { file, index: values.index, action });
  else
    terminal.out(
      `${action === 'revoke' ? 'revoked' : action === 'suspend' ? 'suspended' : 'reinstated'} index ${values.index} in ${file}; publish the list again`,
    );
  return 0;
}
