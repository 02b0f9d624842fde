#include "spreadsheetexport.h"

#include "documents/plandocument.h"

#include "live/latestjob.h"
#include "reports/evaluation.h"
#include "reports/evaluationcsv.h"
#include "spreadsheets/evaluationworkbook.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QSaveFile>

namespace lps {

namespace {

// What a CSV for Excel needs first: a byte order mark, or £ reads as two characters.
QString writeCsv(const QString &path, const QByteArray &csv)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write("\xEF\xBB\xBF") < 0 || out.write(csv) < 0 ||
        !out.commit())
        return QObject::tr("%1 could not be written (%2)").arg(path, out.errorString());
    return {};
}

} // namespace

SpreadsheetExport::SpreadsheetExport(PlanDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_job(new LatestJob(this))
{
}

SpreadsheetExport::~SpreadsheetExport()
{
    // The job calls back into this object: it finishes before anything else goes.
    delete m_job;
}

bool SpreadsheetExport::isBusy() const
{
    return m_job->isBusy();
}

SpreadsheetExport::Kind SpreadsheetExport::kindOf(const QString &path, bool funding)
{
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return Kind::Workbook;
    return funding ? Kind::FundingCsv : Kind::ServicesCsv;
}

void SpreadsheetExport::start(const QString &path, Kind kind)
{
    const Plan plan = m_document->plan();
    const QString scenario = m_document->scenarioId();
    m_job->run([this, plan, scenario, path, kind] {
        // Settled answers only, as every file and report holds (spec/allocation.md).
        Evaluation evaluation = Evaluation::of(plan, scenario);
        QString problem;
        if (kind == Kind::Workbook) {
            std::optional<Evaluation> base;
            if (plan.baseline() && scenario != plan.baseline()->id)
                base = Evaluation::of(plan, plan.baseline()->id);
            problem = EvaluationWorkbook::write(path, plan, evaluation, base ? &*base : nullptr);
        } else {
            problem =
                writeCsv(path, kind == Kind::FundingCsv ? EvaluationCsv::writeFunding(evaluation)
                                                        : EvaluationCsv::write(evaluation));
        }
        const QString summary =
            tr("%1, %2: %3, every year")
                .arg(QFileInfo(path).fileName(), plan.name, evaluation.scenarioName);
        QMetaObject::invokeMethod(
            this, [this, path, problem, summary] { emit finished(path, problem, summary); },
            Qt::QueuedConnection);
    });
}

} // namespace lps
