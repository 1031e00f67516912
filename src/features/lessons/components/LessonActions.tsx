import { useState } from "react";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import ContentCopyOutlined from "@mui/icons-material/ContentCopyOutlined";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import DescriptionOutlined from "@mui/icons-material/DescriptionOutlined";
import PrintOutlined from "@mui/icons-material/PrintOutlined";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import type { Lesson } from "../../../domain/lessons/types";
import { downloadBlob, safeFileName } from "../../../lib/download";
import { useLocale } from "../../../lib/useLocale";
import { useLessonWrites } from "../mutations";
import type { PickerData } from "../queries";

interface Props {
  lesson: Lesson;
  data: PickerData;
  onCopy: () => void;
  /** Saves pending edits before the lesson is printed, exported or left. */
  beforeLeave: () => Promise<void>;
}

export function LessonActions({ lesson, data, onCopy, beforeLeave }: Props) {
  const { t } = useTranslation("lessons");
  const { deleteLesson } = useLessonWrites();
  const locale = useLocale();
  const navigate = useNavigate();
  const [exporting, setExporting] = useState(false);
  const saved = lesson.title.trim() !== "";

  const exportDocx = async () => {
    setExporting(true);
    try {
      // The Word library is large: it loads only now, when a teacher asks for a document.
      const { buildLessonDocx } = await import("../export/lessonDocx");
      const blob = await buildLessonDocx(lesson, {
        locale,
        t,
        items: data.byId,
      });
      downloadBlob(blob, safeFileName(lesson.title, "docx"));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
      <Button
        startIcon={<ContentCopyOutlined />}
        disabled={!saved}
        onClick={onCopy}
      >
        {t("lessons.actions.copy")}
      </Button>
      <Button
        startIcon={<PrintOutlined />}
        disabled={!saved}
        onClick={() =>
          void beforeLeave().then(() => navigate(`/lessons/${lesson.id}/print`))
        }
      >
        {t("lessons.actions.print")}
      </Button>
      <Button
        startIcon={<DescriptionOutlined />}
        disabled={!saved || exporting}
        onClick={() => void exportDocx()}
      >
        {t("lessons.actions.word")}
      </Button>
      <Button
        color="error"
        startIcon={<DeleteOutlined />}
        disabled={!saved}
        onClick={() =>
          void beforeLeave()
            .then(() => deleteLesson(lesson.id))
            .then(
              (deleted) =>
                deleted &&
                navigate("/lessons", {
                  state: { deleted: { id: lesson.id, title: lesson.title } },
                }),
            )
        }
      >
        {t("lessons.actions.delete")}
      </Button>
    </Stack>
  );
}
