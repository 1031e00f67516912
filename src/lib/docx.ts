/**
 * Building blocks for the Word exports. Imported only by export modules, which load on demand,
 * so the docx library never reaches the first download.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { printableText } from "../domain/printableText";

export { AlignmentType, HeadingLevel, PageBreak, Paragraph, Table } from "docx";

type Level = (typeof HeadingLevel)[keyof typeof HeadingLevel];

/** Latin text in Calibri, Chinese in Microsoft JhengHei (what Hong Kong schools' Word has). */
const FONT = {
  ascii: "Calibri",
  hAnsi: "Calibri",
  eastAsia: "Microsoft JhengHei",
  cs: "Calibri",
};

export const run = (value: string, bold = false) =>
  new TextRun({ text: printableText(value), bold });

/** One paragraph per line of the text, so line breaks survive. */
export const paras = (value: string, bold = false) =>
  (value.split("\n").length > 0 ? value.split("\n") : [""]).map(
    (line) => new Paragraph({ children: [run(line, bold)] }),
  );

export const para = (value: string, bold = false) =>
  new Paragraph({ children: [run(value, bold)] });

export const heading = (value: string, level: Level = HeadingLevel.HEADING_2) =>
  new Paragraph({ heading: level, children: [run(value)] });

export const bullets = (values: string[]) =>
  values
    .filter((v) => v.trim())
    .map((v) => new Paragraph({ bullet: { level: 0 }, children: [run(v)] }));

function cell(value: string | Paragraph[], width: number, header: boolean) {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: typeof value === "string" ? paras(value, header) : value,
  });
}

/** A real Word table, full width, its header row repeated on every page. */
export function table(
  headers: string[],
  widths: number[],
  rows: (string | Paragraph[])[][],
) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: headers.map((h, i) => cell(h, widths[i] ?? 10, true)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: r.map((v, i) => cell(v, widths[i] ?? 10, false)),
          }),
      ),
    ],
  });
}

/** The finished document, with "page / pages" centred in the footer. */
export function wordDocument(options: {
  title: string;
  creator?: string;
  size: number;
  children: (Paragraph | Table)[];
}): Promise<Blob> {
  const doc = new Document({
    creator: options.creator,
    title: printableText(options.title),
    styles: {
      default: { document: { run: { font: FONT, size: options.size } } },
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [
                      PageNumber.CURRENT,
                      " / ",
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: options.children,
      },
    ],
  });
  return Packer.toBlob(doc);
}
