#!/usr/bin/env node
import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  coverageGate,
  createGit
} from "../chunks/chunk-57GEF43J.js";
import {
  prReport
} from "../chunks/chunk-64N36AY6.js";
import {
  UserError,
  createFileBaselineStore,
  defaultText,
  describeError,
  readSettings,
  runDeclared,
  settingsFor
} from "../chunks/chunk-77EHQAAO.js";
import "../chunks/chunk-Y2PPTHBY.js";
import "../chunks/chunk-7HUOYEXQ.js";

// src/cli/command.ts
import { resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/shared/host-local.ts
import { appendFile, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
var PREFIX = {
  debug: "",
  info: "",
  notice: "notice: ",
  warning: "warning: ",
  error: "error: "
};
async function createLocalHost(opts) {
  const outputs = /* @__PURE__ */ new Map();
  const write = opts.write ?? (() => {
  });
  const tempDir = await mkdtemp(join(tmpdir(), "quality-gates-"));
  let summaryStarted = false;
  const summaryPath = opts.summaryPath !== void 0 ? resolve(opts.cwd, opts.summaryPath) : void 0;
  const fragmentPath = opts.fragmentPath !== void 0 ? resolve(opts.cwd, opts.fragmentPath) : void 0;
  return {
    outputs,
    input: (name) => opts.inputs?.[name]?.trim() || void 0,
    ...opts.inputLabel ? { inputLabel: opts.inputLabel } : {},
    setOutput: (name, value) => void outputs.set(name, value),
    appendSummary: async (markdown) => {
      if (summaryPath === void 0) return;
      try {
        if (summaryStarted) await appendFile(summaryPath, `${markdown}
`);
        else await writeFile(summaryPath, `${markdown}
`);
        summaryStarted = true;
      } catch (e) {
        throw new UserError(`cannot write ${summaryPath} (${e.code ?? "error"})`);
      }
    },
    logger: {
      // Info lines are progress a workflow log wants and a terminal does not: only notices and worse are shown.
      log: (level, message, where) => {
        if (level === "debug" || level === "info") return;
        const at = where?.file ? `${where.file}${where.startLine ? `:${where.startLine}` : ""}: ` : "";
        write(`${PREFIX[level]}${at}${message}
`);
      },
      group: async (_name, fn) => fn()
    },
    context: {
      eventName: "local",
      sha: opts.sha ?? "",
      ref: "",
      serverUrl: "https://github.com",
      apiUrl: "https://api.github.com",
      payload: {}
    },
    workspace: opts.workspace ?? opts.cwd,
    cwd: opts.cwd,
    tempDir,
    ...opts.baselines ? { baselines: opts.baselines } : {},
    pullRequest: async () => void 0,
    fragmentPath: () => fragmentPath,
    now: opts.now ?? (() => /* @__PURE__ */ new Date())
  };
}

// src/cli/command.ts
var repeatable = (s) => s.kind === "list" || s.kind === "rules";
function flagOptions(settings) {
  const options = { help: { type: "boolean", short: "h" } };
  for (const s of settings) {
    for (const flag of [s.name, ...s.aliases ?? []]) {
      options[flag] = s.kind === "boolean" ? { type: "boolean" } : { type: "string", multiple: repeatable(s) };
      if (s.kind === "boolean") options[`no-${flag}`] = { type: "boolean" };
    }
  }
  return options;
}
function flagIndex(settings) {
  const index = /* @__PURE__ */ new Map();
  for (const s of settings) {
    for (const flag of [s.name, ...s.aliases ?? []]) {
      index.set(flag, { setting: s });
      if (s.kind === "boolean") index.set(`no-${flag}`, { setting: s, text: "false" });
    }
  }
  return index;
}
function inputsFrom(settings, tokens, command) {
  const index = flagIndex(settings);
  const positional = settings.find((s) => s.kind === "list" && s.positional);
  const given = /* @__PURE__ */ new Map();
  for (const token of tokens) {
    let setting;
    let entry;
    if (token.kind === "positional" && "value" in token) {
      if (!positional)
        throw new UserError(`${command}: unexpected argument ${JSON.stringify(token.value.slice(0, 60))}`);
      setting = positional;
      entry = { flag: positional.name, text: token.value };
    } else if (token.kind === "option" && "name" in token && token.name !== "help") {
      const hit = index.get(token.name);
      if (!hit) continue;
      setting = hit.setting;
      entry = { flag: token.name, text: hit.text ?? token.value ?? "true" };
    }
    if (!setting || !entry) continue;
    const list = given.get(setting.name) ?? [];
    if (!repeatable(setting) && list.length > 0) {
      throw new UserError(
        `${command}: --${list[0]?.flag} and --${entry.flag} both set ${setting.name}; give it once`
      );
    }
    given.set(setting.name, [...list, entry]);
  }
  const inputs = {};
  const typed = {};
  for (const [name, list] of given) {
    inputs[name] = list.map((g) => g.text).join("\n");
    typed[name] = list[0].flag.replace(/^no-/, "");
  }
  return { inputs, typed };
}
function helpText(declaration) {
  const settings = settingsFor(declaration.settings, "cli");
  const groups = /* @__PURE__ */ new Map();
  for (const s of settings) {
    const placeholder = s.placeholder ?? (s.kind === "boolean" ? "" : s.kind === "enum" ? s.values.join("|") : s.kind === "rules" ? '"<glob> >= N"' : s.kind === "number" || s.kind === "integer" || s.kind === "percent" ? "N" : "<value>");
    const flags = [s.name, ...s.aliases ?? []].map((f) => `--${f}`).join(", ");
    const def = defaultText(s);
    const notes = [
      repeatable(s) ? "repeatable" : "",
      s.kind !== "boolean" && def !== "" && !def.includes("${{") ? `default ${def}` : "",
      s.kind === "boolean" && s.default ? `default on; --no-${s.name} turns it off` : ""
    ].filter(Boolean);
    const row = [
      `${flags}${placeholder ? ` ${placeholder}` : ""}`,
      `${s.description}${notes.length ? ` (${notes.join("; ")})` : ""}`
    ];
    const group = s.group ?? "Options";
    groups.set(group, [...groups.get(group) ?? [], row]);
  }
  const out = [`Usage: quality-gates ${declaration.command} ${declaration.usage}`, "", declaration.about, ""];
  for (const [group, rows] of groups) {
    out.push(`${group}:`);
    for (const [flag, text] of rows) out.push(`  ${flag}`, `      ${text}`);
    out.push("");
  }
  out.push(
    "  --help, -h",
    "      show this help",
    "",
    "Exit codes: 0 pass or neutral, 1 failed, 2 usage or input error."
  );
  return `${out.join("\n")}
`;
}
async function repoTop(cwd) {
  try {
    const top = (await createGit(cwd).run(["rev-parse", "--show-toplevel"])).trim();
    return top !== "" ? top : cwd;
  } catch {
    return cwd;
  }
}
function parseCommandLine(declaration, argv) {
  const { command } = declaration;
  const settings = settingsFor(declaration.settings, "cli");
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: flagOptions(settings),
      strict: true,
      allowPositionals: true,
      tokens: true
    });
  } catch (e) {
    throw new UserError(
      `${command}: ${e.message.split("\n")[0]} (see quality-gates ${command} --help)`
    );
  }
  const { inputs, typed } = inputsFrom(settings, parsed.tokens, command);
  return { help: parsed.values.help === true, inputs, label: (name) => `--${typed[name] ?? name}` };
}
function commandFor(declaration) {
  return async (argv, io) => {
    const { help, inputs, label } = parseCommandLine(declaration, argv);
    if (help) {
      io.stdout(helpText(declaration));
      return 0;
    }
    const get = Object.assign((name) => inputs[name], { label });
    const read = readSettings(declaration.settings, get, "cli");
    const text = (name) => typeof read[name] === "string" ? read[name] : void 0;
    const repo = text("repo");
    const host = await createLocalHost({
      cwd: io.cwd,
      workspace: repo !== void 0 ? resolve2(io.cwd, repo) : await repoTop(io.cwd),
      inputs,
      inputLabel: label,
      ...text("summary-out") !== void 0 ? { summaryPath: text("summary-out") } : {},
      ...text("fragment-out") !== void 0 ? { fragmentPath: text("fragment-out") } : {},
      baselines: createFileBaselineStore(
        {
          ...text("baseline") !== void 0 ? { from: text("baseline") } : {},
          ...text("baseline-out") !== void 0 ? { to: text("baseline-out") } : {}
        },
        io.cwd
      ),
      write: (line) => io.stderr(line)
    });
    const outcome = await runDeclared(declaration, host, "cli");
    if (read.json === true) declaration.print.json(outcome, io.stdout);
    else io.stdout(declaration.print.human(outcome));
    return outcome.failure ? 1 : 0;
  };
}

// src/cli/commands.ts
var commands = {
  [coverageGate.command]: { summary: coverageGate.summary, main: commandFor(coverageGate) },
  [prReport.command]: { summary: prReport.summary, main: commandFor(prReport) }
};

// src/cli/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/cli/index.ts
function usage() {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: quality-gates <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Options:",
    "  --help, -h     show this help (or `quality-gates <command> --help`)",
    "  --version, -v  print the version",
    "",
    "Exit codes: 0 pass or neutral, 1 a gate failed, 2 usage or input error."
  ].join("\n");
}
async function cli(argv, io) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "--help" || first === "-h" || first === "help") {
    io.stdout(`${usage()}
`);
    return first === void 0 ? 2 : 0;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const command = Object.hasOwn(commands, first) ? commands[first] : void 0;
  try {
    if (!command) {
      throw new UserError(
        `unknown command ${JSON.stringify(first.slice(0, 60))}; run quality-gates --help for the list`
      );
    }
    return await command.main(rest, io);
  } catch (error) {
    io.stderr(`quality-gates: ${describeError(error)}
`);
    if (!(error instanceof UserError) && io.env.QUALITY_GATES_DEBUG && error instanceof Error) {
      io.stderr(`${error.stack ?? ""}
`);
    }
    return 2;
  }
}

// src/cli/main.ts
cli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`quality-gates: internal error: ${String(error)}
`);
    process.exitCode = 2;
  }
);
//# sourceMappingURL=index.js.map
