import { shade } from "../shade";

export interface ImageTable {
  title: string;
  columns: string[];
  rows: { label: string; depth: number; counts: number[] }[];
}

const FONT =
  '"PingFang HK","Noto Sans CJK TC","Microsoft JhengHei",system-ui,sans-serif';

/** The heat map as a PNG for slides: drawn directly on a canvas, the same colours and numbers. */
export async function heatMapImage(
  table: ImageTable,
  scale = 2,
): Promise<Blob> {
  const labelWidth = 520;
  const cell = 56;
  const rowHeight = 34;
  const header = 90;
  const width = labelWidth + cell * table.columns.length + 24;
  const height = header + rowHeight * table.rows.length + 24;
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("Canvas is not available");
  ctx.scale(scale, scale);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = "#111111";
  ctx.font = `600 20px ${FONT}`;
  ctx.fillText(table.title, 12, 32);
  ctx.font = `600 13px ${FONT}`;
  table.columns.forEach((c, i) => {
    ctx.fillText(c, labelWidth + i * cell + 4, header - 12, cell - 6);
  });
  table.rows.forEach((row, r) => {
    const y = header + r * rowHeight;
    ctx.fillStyle = "#111111";
    ctx.font = `${row.depth === 0 ? 600 : 400} 13px ${FONT}`;
    ctx.fillText(
      row.label,
      12 + row.depth * 16,
      y + 22,
      labelWidth - 24 - row.depth * 16,
    );
    row.counts.forEach((n, i) => {
      const { background, color } = shade(n);
      const x = labelWidth + i * cell;
      ctx.fillStyle = background;
      ctx.fillRect(x + 1, y + 1, cell - 2, rowHeight - 2);
      ctx.fillStyle = color;
      ctx.font = `700 14px ${FONT}`;
      ctx.textAlign = "center";
      ctx.fillText(String(n), x + cell / 2, y + 22);
      ctx.textAlign = "left";
    });
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("No image"))),
      "image/png",
    ),
  );
}
