#include "packexport.h"

#include "documents/plandocument.h"
#include "pack/packrenderer.h"

#include "clock/clock.h"
#include "live/latestjob.h"
#include "packsections/packsections.h"

#include <QFileInfo>
#include <QMetaObject>

namespace lps {

PackExport::PackExport(PlanDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_job(new LatestJob(this))
{
}

PackExport::~PackExport()
{
    // The job calls back into this object: it finishes before anything else goes.
    m_cancel = true;
    delete m_job;
}

bool PackExport::isBusy() const
{
    return m_job->isBusy();
}

CouncillorPack::Request PackExport::request(const QString &baseId, bool everyYear) const
{
    CouncillorPack::Request request;
    request.scenarioId = m_document->scenarioId();
    request.baseId = baseId;
    request.prepared = Clock::currentDate();
    if (everyYear) {
        for (int y = 0; y < m_document->plan().years; ++y)
            request.years << y;
    } else {
        request.years = {m_document->yearIndex()};
    }
    return request;
}

void PackExport::write(const QString &path, const CouncillorPack::Request &request,
                       const QPageSize &size)
{
    const Plan plan = m_document->plan();
    m_job->run([this, plan, request, path, size] {
        const CouncillorPack::Inputs inputs = CouncillorPack::workOut(plan, request, &m_cancel);
        if (!inputs.complete)
            return; // the window is going: nothing half worked out is written
        const PackContent pack = PackSections::content(inputs);
        int pages = 0;
        const QString problem = PackRenderer::writePdf(pack, path, size, &pages);
        const QString summary = tr("%1: the councillor pack of %2, %3, %4 pages")
                                    .arg(QFileInfo(path).fileName(), pack.scenarioName, pack.years)
                                    .arg(pages);
        QMetaObject::invokeMethod(
            this, [this, path, problem, summary] { emit finished(path, problem, summary); },
            Qt::QueuedConnection);
    });
}

void PackExport::prepare(const CouncillorPack::Request &request)
{
    const Plan plan = m_document->plan();
    m_job->run([this, plan, request] {
        const CouncillorPack::Inputs inputs = CouncillorPack::workOut(plan, request, &m_cancel);
        if (!inputs.complete)
            return;
        const PackContent pack = PackSections::content(inputs);
        QMetaObject::invokeMethod(
            this, [this, pack] { emit ready(pack); }, Qt::QueuedConnection);
    });
}

} // namespace lps
