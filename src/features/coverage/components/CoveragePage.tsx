import { useEffect, useMemo, useRef, useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import GlobalStyles from "@mui/material/GlobalStyles";
import LinearProgress from "@mui/material/LinearProgress";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import Typography from "@mui/material/Typography";
import FileDownloadOutlined from "@mui/icons-material/FileDownloadOutlined";
import ImageOutlined from "@mui/icons-material/ImageOutlined";
import PrintOutlined from "@mui/icons-material/PrintOutlined";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../../../components/PageContainer";
import {
  count,
  coverageMatrix,
  lessonsIn,
} from "../../../domain/coverage/coverage";
import {
  plannedNeverTaught,
  stageOf,
  uncoveredFocuses,
} from "../../../domain/coverage/gaps";
import { lessonStats } from "../../../domain/coverage/summary";
import { buildTree, type TreeNode } from "../../../domain/framework/tree";
import { KEY_STAGE_CODES } from "../../../domain/levels";
import { subjectName } from "../../../domain/lessons/subjects";
import { downloadBlob, safeFileName } from "../../../lib/download";
import { measured } from "../../../lib/timing";
import { useLocale } from "../../../lib/useLocale";
import { viewFrom } from "../params";
import { useCoverageData, useIndexState, useTemplates } from "../queries";
import { CellLessons } from "./CellLessons";
import { CoverageFilters } from "./CoverageFilters";
import { CoverageSummary } from "./CoverageSummary";
import { GapList } from "./GapList";
import { HeatMap } from "./HeatMap";
import { ImportShares } from "./ImportShares";
import { SyncedTeachers } from "./SyncedTeachers";
import { IndexStatus } from "../../../components/IndexStatus";

import { Legend } from "./Legend";

/** The whole school's coverage on one screen: where the framework is planned, taught and assessed, and where it is not. */
export default function CoveragePage() {
  const { t } = useTranslation("coverage");
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewFrom(params), [params]);
  const data = useCoverageData(view.filter.schoolYear);
  const index = useIndexState();
  // The suggested lessons (a large module to parse) load once the map is on screen.
  const templates = useTemplates(data !== undefined);
  const [drill, setDrill] = useState<{
    itemId: string;
    column: string | null;
  } | null>(null);

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  // For the benchmark: from opening the page until the counts are ready (read and count).
  const [openedAt] = useState(() => performance.now());
  const reported = useRef(false);
  const computed = useMemo(() => {
    if (!data) return undefined;
    return measured("coverage:count", () => {
      const current = data.items.filter(
        (i) => i.retiredInVersion === undefined,
      );
      const items = current.filter((i) => i.frameworkId === view.frameworkId);
      const matrix = coverageMatrix(data.lessons, items, {
        dimension: view.dimension,
        status: view.status,
        filter: view.filter,
      });
      const focuses = current.filter((i) => i.type === "learning-focus");
      const gaps = uncoveredFocuses(
        data.lessons,
        focuses,
        view.filter,
        view.status,
      );
      const untaughtIds = plannedNeverTaught(data.lessons, view.filter);
      const strategies = current.filter((i) => i.type === "strategy");
      const strategyMatrix = coverageMatrix(data.lessons, strategies, {
        dimension: "keyStage",
        status: view.status,
        filter: view.filter,
      });
      return {
        items,
        roots: buildTree(items),
        matrix,
        gaps,
        untaughtIds,
        untaught: current.filter((i) => untaughtIds.has(i.id)),
        focusShare: KEY_STAGE_CODES.map((keyStage) => {
          const total = focuses.filter((f) => stageOf(f) === keyStage).length;
          return {
            keyStage,
            total,
            covered: total - gaps.filter((g) => g.keyStage === keyStage).length,
          };
        }),
        strategies: {
          touched: strategies.filter((s) => count(strategyMatrix, s.id) > 0)
            .length,
          total: strategies.length,
        },
        stats: lessonStats(data.lessons, view.filter),
      };
    });
  }, [data, view.frameworkId, view.dimension, view.status, view.filter]);

  useEffect(() => {
    if (!computed || reported.current) return;
    reported.current = true;
    performance.measure("coverage:ready", {
      start: openedAt,
      end: performance.now(),
    });
  }, [computed, openedAt]);

  const drillIds = useMemo(
    () =>
      drill && data && computed
        ? lessonsIn(
            data.lessons,
            computed.items,
            {
              dimension: view.dimension,
              status: view.status,
              filter: view.filter,
            },
            drill.itemId,
            drill.column,
          )
        : [],
    [drill, data, computed, view.dimension, view.status, view.filter],
  );

  if (!data || !computed) return <LinearProgress aria-label={t("loading")} />;
  const { matrix, roots } = computed;
  const columnLabel = (c: string) => {
    if (c === "") return t("notSet");
    if (view.dimension === "subject") return subjectName(c, locale);
    if (view.dimension === "term") return t("termN", { n: c });
    return c;
  };
  const framework = data.frameworks.find((f) => f.id === view.frameworkId);
  const caption = t("caption", {
    framework: framework?.shortTitle[locale] ?? "",
    status: t(`statusFilter.${view.status}`),
    by: t(`dimension.${view.dimension}`),
    year: view.filter.schoolYear,
  });
  const visible = (
    nodes: TreeNode[],
    depth = 0,
  ): { node: TreeNode; depth: number }[] =>
    nodes.flatMap((n) => [
      { node: n, depth },
      ...visible(n.children, depth + 1),
    ]);

  const exportCsv = async () => {
    const { toCsv } = await import("../export/csv");
    const header = [
      t("code"),
      t("item"),
      ...matrix.columns.map(columnLabel),
      t("total"),
    ];
    const body = visible(roots).map(({ node }) => [
      node.item.code,
      node.item.title[locale],
      ...matrix.columns.map((c) => count(matrix, node.item.id, c)),
      count(matrix, node.item.id),
    ]);
    downloadBlob(toCsv([header, ...body]), safeFileName(`${caption}`, "csv"));
  };
  const exportImage = async () => {
    const { heatMapImage } = await import("../export/image");
    const blob = await heatMapImage({
      title: caption,
      columns: [...matrix.columns.map(columnLabel), t("total")],
      rows: visible(roots).map(({ node, depth }) => ({
        label: `${node.item.code} ${node.item.title[locale]}`,
        depth,
        counts: [
          ...matrix.columns.map((c) => count(matrix, node.item.id, c)),
          count(matrix, node.item.id),
        ],
      })),
    });
    downloadBlob(blob, safeFileName(caption, "png"));
  };

  const drillItem = drill
    ? data.items.find((i) => i.id === drill.itemId)
    : undefined;

  return (
    <PageContainer wide>
      {/* The map prints landscape, its header row repeated on every page. */}
      <GlobalStyles
        styles={{ "@page": { size: "A4 landscape", margin: "12mm" } }}
      />
      <Box
        sx={{
          display: "flex",
          flexWrap: "wrap",
          alignItems: "center",
          gap: 1,
          mb: 2,
        }}
      >
        <Typography variant="h1" sx={{ flex: 1 }}>
          {t("title")}
        </Typography>
        <Box
          sx={{
            display: "flex",
            flexWrap: "wrap",
            gap: 1,
            "@media print": { display: "none" },
          }}
        >
          <Button
            startIcon={<FileDownloadOutlined />}
            onClick={() => void exportCsv()}
          >
            {t("export.csv")}
          </Button>
          <Button
            startIcon={<ImageOutlined />}
            onClick={() => void exportImage()}
          >
            {t("export.image")}
          </Button>
          <Button startIcon={<PrintOutlined />} onClick={() => window.print()}>
            {t("export.print")}
          </Button>
        </Box>
      </Box>
      <ImportShares />
      <SyncedTeachers />
      <IndexStatus state={index.state} onRetry={index.retry} />
      <CoverageFilters
        view={view}
        setParam={setParam}
        lessons={data.lessons}
        schoolYears={data.schoolYears}
      />
      <CoverageSummary
        focusShare={computed.focusShare}
        strategies={computed.strategies}
        stats={computed.stats}
        schoolYear={view.filter.schoolYear}
      />
      <Tabs
        value={view.frameworkId}
        onChange={(_, v: string) =>
          setParam("framework", v === "hk-edb-ai-literacy-framework" ? "" : v)
        }
        aria-label={t("framework")}
        sx={{ mb: 1, "@media print": { display: "none" } }}
      >
        {data.frameworks.map((f) => (
          <Tab key={f.id} value={f.id} label={f.shortTitle[locale]} />
        ))}
      </Tabs>
      <Legend />
      <HeatMap
        key={`${view.frameworkId}`}
        roots={roots}
        matrix={matrix}
        columnLabel={columnLabel}
        locale={locale}
        untaught={computed.untaughtIds}
        caption={caption}
        onCell={(itemId, column) => setDrill({ itemId, column })}
      />
      <GapList
        status={view.status}
        gaps={computed.gaps}
        untaught={computed.untaught}
        templates={templates}
        locale={locale}
        schoolYear={view.filter.schoolYear}
      />
      {drill && drillItem && (
        <CellLessons
          item={drillItem}
          where={
            drill.column === null ? t("allColumns") : columnLabel(drill.column)
          }
          lessonIds={drillIds}
          locale={locale}
          onClose={() => setDrill(null)}
        />
      )}
    </PageContainer>
  );
}
