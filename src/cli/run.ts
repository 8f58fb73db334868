/**
 * The command line without the process: arguments and I/O come in, an exit status goes
 * out, so tests run it in-process. main.ts wires it to Node.
 */
import { calculate } from '../engine/calculate';
import { MAX_MODEL_BYTES, parseModelText } from '../engine/parse';
import { problemMessage, type Problem } from '../engine/problems';
import { translator, type Lang } from '../i18n/catalog';
import { cliMessages } from './messages';
import { summary } from './summary';

export interface CliIo {
  /** The file's text; throws (with a Node error code such as ENOENT when there is one) when it cannot be read. */
  readFile: (path: string) => Promise<string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Thrown by a readFile that refuses a file by its size before reading it. */
export const TOO_LARGE = 'ETOOLARGE';

export const EXIT_OK = 0;
/** Bad input or bad usage: nothing on stdout, the reasons on stderr. */
export const EXIT_BAD_INPUT = 2;

interface Options {
  json: boolean;
  help: boolean;
  lang: Lang;
  files: string[];
}

type ArgsOutcome = { ok: true; options: Options } | { ok: false; lang: Lang; key: 'unknownOption' | 'badLang'; value: string };

function isLang(value: string | undefined): value is Lang {
  return value === 'nb' || value === 'en';
}

function readArgs(argv: readonly string[], defaultLang: Lang): ArgsOutcome {
  const options: Options = { json: false, help: false, lang: defaultLang, files: [] };
  // The language is looked up first so that even a usage error speaks it.
  const langAt = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langArg = langAt < 0 ? undefined : argv[langAt]!.startsWith('--lang=') ? argv[langAt]!.slice(7) : argv[langAt + 1];
  if (langAt >= 0 && !isLang(langArg)) return { ok: false, lang: defaultLang, key: 'badLang', value: langArg ?? '' };
  if (isLang(langArg)) options.lang = langArg;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--lang') i++;
    else if (arg.startsWith('--lang=')) continue;
    else if (arg.startsWith('-') && arg !== '-') return { ok: false, lang: options.lang, key: 'unknownOption', value: arg };
    else options.files.push(arg);
  }
  return { ok: true, options };
}

/** `defaultLang` applies without --lang; tests pass it, the real command line takes it from the locale. */
export async function run(argv: readonly string[], io: CliIo, defaultLang: Lang = 'nb'): Promise<number> {
  const args = readArgs(argv, defaultLang);
  if (!args.ok) {
    const t = translator(cliMessages, args.lang);
    io.stderr(`${t(args.key, { option: args.value, lang: args.value })}\n${t('usageHint')}\n`);
    return EXIT_BAD_INPUT;
  }
  const { options } = args;
  const t = translator(cliMessages, options.lang);
  if (options.help) {
    io.stdout(`${t('help')}\n`);
    return EXIT_OK;
  }
  if (options.files.length !== 1) {
    io.stderr(`${t(options.files.length === 0 ? 'noFile' : 'tooManyFiles')}\n${t('usageHint')}\n`);
    return EXIT_BAD_INPUT;
  }
  const file = options.files[0]!;

  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === TOO_LARGE) return reportProblems(io, [{ path: '', code: 'tooLarge', params: { max: MAX_MODEL_BYTES / (1024 * 1024) } }], options.lang);
    const reason = code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' ? t(code) : (code ?? String(error));
    io.stderr(`${t('unreadable', { file, reason })}\n`);
    return EXIT_BAD_INPUT;
  }

  const outcome = parseModelText(text);
  if (!outcome.ok) return reportProblems(io, outcome.problems, options.lang);
  const result = calculate(outcome.model);
  io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : summary(outcome.model, result, options.lang));
  return EXIT_OK;
}

function reportProblems(io: CliIo, problems: readonly Problem[], lang: Lang): number {
  io.stderr(problems.map((p) => `${problemMessage(p, lang)}\n`).join(''));
  return EXIT_BAD_INPUT;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
