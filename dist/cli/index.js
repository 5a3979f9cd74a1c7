#!/usr/bin/env node
import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  nearest
} from "./chunk-UKFORYUR.js";
import {
  UserError,
  describeError
} from "./chunk-KSCSTK54.js";
import "./chunk-TUMT2DHA.js";

// src/cli/commands.ts
function lazy(load) {
  return async (argv, io) => {
    const declaration = await load();
    const { commandFor } = await import("./command-X4EIRJEY.js");
    return commandFor(declaration)(argv, io);
  };
}
var FLAKY_WORDS = {
  run: { args: [], needs: "command" },
  maintain: { args: ["--task", "maintain"] },
  bisect: { args: ["--task", "bisect"] }
};
function flakyMain(gate) {
  return async (argv, io) => {
    const [word, ...rest] = argv;
    if (word === void 0 || !Object.hasOwn(FLAKY_WORDS, word)) return gate(argv, io);
    const { args, needs } = FLAKY_WORDS[word];
    const help = rest.some((a) => a === "--help" || a === "-h");
    if (needs !== void 0 && !help && !rest.some((a) => a === `--${needs}` || a.startsWith(`--${needs}=`)))
      throw new UserError(`flaky ${word}: --${needs} is required (see quality-gates flaky --help)`);
    return gate([...args, ...rest], io);
  };
}
var commands = {
  coverage: {
    summary: "project and patch coverage of a change, gated (lcov, istanbul, Cobertura, JaCoCo, Clover, Go)",
    main: lazy(async () => (await import("./gate-B2VF7QQ2.js")).coverageGate)
  },
  flaky: {
    summary: "failed, flaky and quarantined tests from JUnit reports, gated; flake history and quarantine proposals",
    main: flakyMain(lazy(async () => (await import("./gate-Z6NKHAIR.js")).flakyGate))
  },
  perf: {
    summary: "p95 per endpoint of load-test runs vs the base side, gated (k6, autocannon, hyperfine, go bench, \u2026)",
    main: lazy(async () => (await import("./gate-RM4N33H4.js")).perfGate)
  },
  visual: {
    summary: "screenshots vs the base side, image by image (pixelmatch), gated; or captured from a Storybook",
    main: lazy(async () => (await import("./gate-NQ4KJYGB.js")).visualGate)
  },
  report: {
    summary: "compose the pr-report comment and job summary from gate fragments",
    main: lazy(async () => (await import("./report-NIMTUYOP.js")).prReport)
  }
};

// src/cli/version.ts
var VERSION = true ? "1.0.0" : "0.0.0-dev";

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
    "  --help, -h     show this help (`quality-gates help <command>` or `quality-gates <command> --help` for one)",
    "  --version, -v  print the version",
    "",
    "Exit codes: 0 pass or neutral, 1 a gate failed, 2 usage or input error."
  ].join("\n");
}
function unknownCommand(name) {
  const near = nearest(name, Object.keys(commands));
  return new UserError(
    `unknown command ${JSON.stringify(name.slice(0, 60))}${near ? ` (did you mean ${near}?)` : ""}; the commands are ${Object.keys(commands).join(", ")} (quality-gates help <command> shows one)`
  );
}
async function cli(argv, io) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "--help" || first === "-h" || first === "help" && rest.length === 0) {
    io.stdout(`${usage()}
`);
    return first === void 0 ? 2 : 0;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  try {
    if (first === "help") {
      const [name, ...extra] = rest;
      if (name === "--help" || name === "-h") {
        io.stdout(`${usage()}
`);
        return 0;
      }
      const command2 = Object.hasOwn(commands, name) ? commands[name] : void 0;
      if (!command2) throw unknownCommand(name);
      if (extra.length > 0) throw new UserError(`help takes one command; got ${rest.length}`);
      return await command2.main(["--help"], io);
    }
    const command = Object.hasOwn(commands, first) ? commands[first] : void 0;
    if (!command) throw unknownCommand(first);
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

// src/cli/io.ts
function streamWriter(stream) {
  const writer = {
    error: void 0,
    write: (text) => {
      if (writer.error !== void 0) return;
      try {
        stream.write(text);
      } catch (e) {
        writer.error ??= e;
      }
    }
  };
  stream.on("error", (e) => {
    writer.error ??= e;
  });
  return writer;
}

// src/cli/main.ts
var out = streamWriter(process.stdout);
var err = streamWriter(process.stderr);
function exit(code) {
  const lost = [out, err].find((w) => w.error !== void 0 && w.error.code !== "EPIPE");
  if (lost === void 0) {
    process.exitCode = code;
    return;
  }
  err.write(`quality-gates: cannot write the output (${lost.error?.code ?? String(lost.error)})
`);
  process.exitCode = 2;
}
cli(process.argv.slice(2), {
  stdout: out.write,
  stderr: err.write,
  cwd: process.cwd(),
  env: process.env
}).then(exit, (error) => {
  err.write(`quality-gates: internal error: ${String(error)}
`);
  exit(2);
});
//# sourceMappingURL=index.js.map
