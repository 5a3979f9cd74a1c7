import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  nearest
} from "./chunk-UKFORYUR.js";
import {
  createFileBaselineStore
} from "./chunk-3VOTSQGP.js";
import {
  createGit,
  defaultText,
  readSettings,
  runDeclared,
  settingsFor
} from "./chunk-N5A3YMF2.js";
import {
  UserError
} from "./chunk-KSCSTK54.js";
import "./chunk-TUMT2DHA.js";

// src/cli/command.ts
import { rm } from "node:fs/promises";
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
  let greedy;
  for (const token of tokens) {
    let setting;
    let entry;
    if (token.kind === "positional" && "value" in token) {
      if (greedy) {
        setting = greedy.setting;
        entry = { flag: greedy.flag, text: token.value };
      } else {
        if (!positional)
          throw new UserError(`${command}: unexpected argument ${JSON.stringify(token.value.slice(0, 60))}`);
        setting = positional;
        entry = { flag: positional.name, text: token.value };
      }
    } else if (token.kind === "option" && "name" in token && token.name !== "help") {
      greedy = void 0;
      const hit = index.get(token.name);
      if (!hit) continue;
      setting = hit.setting;
      entry = { flag: token.name, text: hit.text ?? token.value ?? "true" };
      if (setting.greedy && repeatable(setting)) greedy = { setting, flag: token.name };
    } else greedy = void 0;
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
      repeatable(s) ? s.greedy ? "repeatable; takes the bare arguments after it too" : "repeatable" : "",
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
function unknownFlag(options, argv) {
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const shorts = new Set(Object.values(options).flatMap((o) => o.short ? [o.short] : []));
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const long = token.rawName.startsWith("--");
    if (long ? Object.hasOwn(options, token.name) : shorts.has(token.name)) continue;
    const shown = JSON.stringify(token.rawName.slice(0, 60)).slice(1, -1);
    const near = long ? nearest(token.name, Object.keys(options)) : void 0;
    return `unknown option ${shown}${near ? `; did you mean --${near}?` : ""}`;
  }
  return void 0;
}
function parseCommandLine(declaration, argv) {
  const { command } = declaration;
  const settings = settingsFor(declaration.settings, "cli");
  let parsed;
  const options = flagOptions(settings);
  try {
    parsed = parseArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: true,
      tokens: true
    });
  } catch (e) {
    const unknown = e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? unknownFlag(options, argv) : void 0;
    if (unknown) throw new UserError(`${command}: ${unknown} (see quality-gates ${command} --help)`);
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
      workspace: repo !== void 0 ? resolve2(io.cwd, repo) : declaration.workspaceUse === "git" ? resolve2(io.cwd) : await repoTop(io.cwd),
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
    try {
      const outcome = await runDeclared(declaration, host, "cli");
      if (read.json === true) declaration.print.json(outcome, io.stdout);
      else io.stdout(declaration.print.human(outcome));
      return outcome.failure ? 1 : 0;
    } finally {
      await rm(host.tempDir, { recursive: true, force: true });
    }
  };
}
export {
  commandFor,
  helpText,
  parseCommandLine
};
//# sourceMappingURL=command-X4EIRJEY.js.map
