// errand record's browser side, run by the Node.js of Playwright's driver (see dev.errand.browser.pw.RecorderProcess).
// It opens a visible Chromium, turns on Playwright's own recorder with its JSON-lines code generator
// (the one `playwright codegen --target jsonl` uses, without the Inspector window) and writes one JSON
// object a line on stdout: {kind: "ready"}, {kind: "action"|"update", code} (the recorder's JSON line),
// {kind: "note", ...} (what a click or focus landed on: a CSS path, the field's type and hints, never
// its value), {kind: "page", url, scan, frames} (errand's challenge and payment scan of a page) and
// {kind: "closed"} when the person closed the browser. A line "stop" on stdin closes the browser.
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const { chromium } = require(path.join(config.driverPackage));

function out(event) {
  process.stdout.write(JSON.stringify(event) + '\n');
}

const detect = eval('(' + config.detectScript + ')');
const noteScript = fs.readFileSync(path.join(__dirname, 'note.js'), 'utf8');

let context;
const lastLook = new WeakMap();
let closing = false;

async function close() {
  if (closing) {
    return;
  }
  closing = true;
  try {
    await context.close();
  } catch (e) {
    // already gone
  }
  out({ kind: 'closed' });
  process.exit(0);
}

async function scan(page) {
  if (closing || page.isClosed()) {
    return;
  }
  try {
    const result = await page.evaluate(detect, config.detectTable);
    const frames = page.frames()
      .filter(f => f !== page.mainFrame())
      .map(f => ({ url: f.url(), name: f.name() }));
    const look = { kind: 'page', url: page.url(), title: await page.title(), scan: result, frames };
    const said = JSON.stringify(look);
    if (lastLook.get(page) !== said) {
      lastLook.set(page, said);
      out(look);
    }
  } catch (e) {
    // between documents: the next load scans again
  }
}

function watch(page) {
  page.on('load', () => scan(page));
  page.on('framenavigated', frame => {
    if (frame === page.mainFrame()) {
      out({ kind: 'navigated', url: frame.url() });
    }
  });
  page.on('close', () => {
    if (context.pages().length === 0) {
      close();
    }
  });
}

async function main() {
  const args = [...config.args];
  if (config.cdpPort > 0) {
    args.push('--remote-debugging-port=' + config.cdpPort, '--remote-debugging-address=127.0.0.1');
  }
  context = await chromium.launchPersistentContext(config.userDataDir, {
    executablePath: config.executable || undefined,
    channel: config.executable ? undefined : config.channel || undefined,
    headless: false,
    viewport: null,
    args,
    handleSIGINT: false,
    handleSIGTERM: false,
    timeout: 60000,
  });
  context.on('close', () => close());
  await context.exposeBinding('__errandRecordNote', (source, note) => {
    if (note && typeof note === 'object') {
      out({ ...note, kind: 'note' });
    }
  });
  await context.addInitScript({ content: noteScript });
  await context._enableRecorder(
    {
      language: 'jsonl',
      mode: 'recording',
      recorderMode: 'api',
      testIdAttributeName: config.testIdAttribute || undefined,
    },
    {
      actionAdded: (page, data, code) => out({ kind: 'action', code }),
      actionUpdated: (page, data, code) => out({ kind: 'update', code }),
      signalAdded: () => {},
    });
  context.on('page', watch);
  context.pages().forEach(watch);
  // every second, a fresh look at the page the person is on: a widget or a card frame may come late
  setInterval(() => context.pages().forEach(scan), 1000);
  const page = context.pages()[0] || (await context.newPage());
  out({ kind: 'ready' });
  await page.goto(config.url);
}

readline.createInterface({ input: process.stdin }).on('line', line => {
  if (line.trim() === 'stop') {
    close();
  }
});
process.stdin.on('end', () => close());

main().catch(e => {
  out({ kind: 'error', message: String((e && e.message) || e).split('\n')[0] });
  process.exit(1);
});
