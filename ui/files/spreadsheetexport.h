#pragma once

#include <QObject>
#include <QString>

namespace lps {

class LatestJob;
class PlanDocument;

/// Exports the scenario on show, every year, to a spreadsheet from the app (File > Export as a
/// spreadsheet): an Excel workbook (docs/spreadsheets.md), or a CSV of the services or of the
/// funding matrix, UTF-8 with a byte order mark so that Excel reads £ and accents. The work
/// runs on a thread of its own, so the window never waits for the solver; finished() says how
/// it went.
class SpreadsheetExport : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Workbook,
        ServicesCsv,
        FundingCsv
    };

    explicit SpreadsheetExport(PlanDocument *document, QObject *parent = nullptr);
    ~SpreadsheetExport() override;

    /// Starts writing `path`; one export at a time (a second waits for the first).
    void start(const QString &path, Kind kind);
    bool isBusy() const;
    /// The kind a file name asks for: .xlsx a workbook, else the services CSV.
    static Kind kindOf(const QString &path, bool funding);

signals:
    /// `problem` is empty when the file was written; `summary` says what it holds.
    void finished(const QString &path, const QString &problem, const QString &summary);

private:
    PlanDocument *m_document;
    LatestJob *m_job;
};

} // namespace lps
