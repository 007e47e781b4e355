// The app's PDF forms as pdf.js (Firefox's viewer) reads, draws and fills them. A check
// by hand, not part of the test suite: tests/tools/pdfjs_forms.py drives it and says how
// to install pdfjs-dist (outside the project) and where to point PDFJS_DIST.
//
//   node pdfjs_forms.mjs inspect FORM.pdf OUTDIR PREFIX
//   node pdfjs_forms.mjs fill FORM.pdf VALUES.json OUT.pdf OUTDIR PREFIX
//
// inspect prints one JSON object: every field's value as pdf.js reads it, every widget,
// and the PNG pages it drew in three ways:
//   appearance  AnnotationMode.ENABLE: each field's own appearance stream, as a viewer
//               without a form layer shows it (and as Firefox prints an untouched form);
//   forms       AnnotationMode.ENABLE_FORMS: the canvas under Firefox's form layer, which
//               draws only the read-only fields itself (the layer's HTML inputs show the
//               rest, with the browser's fonts);
//   drawn       AnnotationMode.ENABLE_STORAGE, print intent, with every field's value put
//               into pdf.js's storage: pdf.js builds each appearance itself from the
//               field's /DA font, as Firefox does when it prints a form a person typed in.
// fill sets VALUES ({"text": {name: value}, "radios": {name: value}, "checks": [name]})
// as Firefox's form layer sets what a person types, draws the pages as Firefox prints
// them ("typed") and saves the file as Firefox's "Save" does (saveDocument).

import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const DPI = 100;

function pdfjsFolder() {
  const given = process.env.PDFJS_DIST;
  if (!given) {
    throw new Error("set PDFJS_DIST to the folder npm installed pdfjs-dist into");
  }
  // Either node_modules/pdfjs-dist itself or the folder npm ran in.
  const require = createRequire(join(given, "noop.js"));
  try {
    return join(require.resolve("pdfjs-dist/package.json"), "..");
  } catch {
    return given;
  }
}

const PDFJS = pdfjsFolder();
const pdfjs = await import(pathToFileURL(join(PDFJS, "legacy/build/pdf.mjs")).href);
const { AnnotationMode } = pdfjs;
const canvasModule = createRequire(join(PDFJS, "package.json"))("@napi-rs/canvas");

// Firefox measures the text of a field its font cannot encode on an OffscreenCanvas and
// draws it in a stand-in font; Node has none, so lend it one and let pdf.js take that path.
if (typeof globalThis.OffscreenCanvas === "undefined") {
  globalThis.OffscreenCanvas = class {
    constructor(width, height) {
      this.canvas = canvasModule.createCanvas(width, height);
    }
    getContext(kind, options) {
      return this.canvas.getContext(kind, options);
    }
  };
}

async function open(path) {
  const data = new Uint8Array(readFileSync(path));
  return pdfjs.getDocument({
    data,
    standardFontDataUrl: join(PDFJS, "standard_fonts/"),
    cMapUrl: join(PDFJS, "cmaps/"),
    cMapPacked: true,
    isOffscreenCanvasSupported: true,
    verbosity: 0,
  }).promise;
}

async function widgets(doc) {
  const found = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    for (const a of await page.getAnnotations({ intent: "display" })) {
      if (a.subtype !== "Widget") continue;
      found.push({
        page: number,
        id: a.id,
        name: a.fieldName,
        type: a.checkBox ? "check" : a.radioButton ? "radio" : a.fieldType === "Tx" ? "text" : a.fieldType,
        value: a.fieldValue ?? null,
        buttonValue: a.buttonValue ?? a.exportValue ?? null,
        readOnly: !!a.readOnly,
        hidden: !!a.hidden,
        hasAppearance: !!a.hasAppearance,
        font: a.defaultAppearanceData?.fontName ?? null,
        rect: a.rect,
      });
    }
  }
  return found;
}

async function fieldValues(doc) {
  const objects = (await doc.getFieldObjects()) ?? {};
  const values = {};
  for (const [name, entries] of Object.entries(objects)) {
    // A radio group lists each button; they share the group's value.
    values[name] = entries.find((e) => e.value !== undefined)?.value ?? null;
  }
  return values;
}

async function render(doc, mode, folder, name, intent = "display", shown = null) {
  const written = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: DPI / 72 });
    const { canvas, context } = doc.canvasFactory.create(
      Math.ceil(viewport.width),
      Math.ceil(viewport.height),
    );
    // Under a form layer, pdf.js draws a read-only field on a canvas of its own, which
    // the layer shows unless the field is hidden: so do the same here.
    const ownCanvases = shown ? new Map() : undefined;
    await page.render({
      canvasContext: context,
      canvas,
      viewport,
      annotationMode: mode,
      intent,
      annotationCanvasMap: ownCanvases,
    }).promise;
    for (const [id, own] of ownCanvases ?? []) {
      const widget = shown.find((w) => w.id === id);
      if (!widget || widget.hidden) continue;
      const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(widget.rect);
      context.drawImage(own, Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }
    const file = join(folder, `${name}-p${number}.png`);
    writeFileSync(file, canvas.toBuffer("image/png"));
    written.push(file);
    page.cleanup();
  }
  return written;
}

// Every field's current value in pdf.js's storage, so that it draws each one itself.
function primeStorage(doc, all) {
  for (const w of all) {
    if (w.type === "text" && w.value) {
      doc.annotationStorage.setValue(w.id, { value: w.value });
    } else if (w.type === "check" || w.type === "radio") {
      doc.annotationStorage.setValue(w.id, { value: w.value === w.buttonValue });
    }
  }
}

// The values a person types, set as Firefox's form layer sets them.
function typeIn(doc, all, values) {
  const text = values.text ?? {};
  const radios = values.radios ?? {};
  const checks = new Set(values.checks ?? []);
  for (const w of all) {
    if (w.type === "text" && w.name in text) {
      doc.annotationStorage.setValue(w.id, { value: text[w.name] });
    } else if (w.type === "check" && checks.has(w.name)) {
      doc.annotationStorage.setValue(w.id, { value: true });
    } else if (w.type === "radio" && w.name in radios) {
      doc.annotationStorage.setValue(w.id, { value: w.buttonValue === radios[w.name] });
    }
  }
}

async function inspect(path, folder, prefix) {
  mkdirSync(folder, { recursive: true });
  let doc = await open(path);
  const all = await widgets(doc);
  const result = {
    pdfjs: pdfjs.version,
    pages: doc.numPages,
    fields: await fieldValues(doc),
    widgets: all,
    png: {},
  };
  result.png.appearance = await render(doc, AnnotationMode.ENABLE, folder, `${prefix}-appearance`);
  result.png.forms = await render(
    doc,
    AnnotationMode.ENABLE_FORMS,
    folder,
    `${prefix}-forms`,
    "display",
    all,
  );
  await doc.destroy();
  doc = await open(path);
  primeStorage(doc, await widgets(doc));
  result.png.drawn = await render(
    doc,
    AnnotationMode.ENABLE_STORAGE,
    folder,
    `${prefix}-drawn`,
    "print",
  );
  await doc.destroy();
  return result;
}

async function fill(path, valuesPath, out, folder, prefix) {
  mkdirSync(folder, { recursive: true });
  const values = JSON.parse(readFileSync(valuesPath, "utf-8"));
  const doc = await open(path);
  typeIn(doc, await widgets(doc), values);
  const typed = await render(doc, AnnotationMode.ENABLE_STORAGE, folder, `${prefix}-typed`, "print");
  writeFileSync(out, await doc.saveDocument());
  await doc.destroy();
  return { pdfjs: pdfjs.version, saved: out, png: { typed } };
}

const [command, ...args] = process.argv.slice(2);
let result;
if (command === "inspect" && args.length === 3) {
  result = await inspect(...args);
} else if (command === "fill" && args.length === 5) {
  result = await fill(...args);
} else {
  process.stderr.write(
    "usage: node pdfjs_forms.mjs inspect FORM.pdf OUTDIR PREFIX\n" +
      "       node pdfjs_forms.mjs fill FORM.pdf VALUES.json OUT.pdf OUTDIR PREFIX\n",
  );
  process.exit(2);
}
process.stdout.write(JSON.stringify(result, null, 1) + "\n");
