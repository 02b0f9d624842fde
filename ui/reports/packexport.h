#pragma once

#include "councillorpack/councillorpack.h"

#include <QObject>
#include <QPageSize>
#include <QString>

#include <atomic>

namespace lps {

class LatestJob;
class PlanDocument;

/// Works out the councillor pack of the scenario on show on a thread of its own (the engine runs
/// for every year, the base and every withdrawal), then writes it as a PDF or hands it over for
/// printing; the window never waits.
class PackExport : public QObject
{
    Q_OBJECT

public:
    explicit PackExport(PlanDocument *document, QObject *parent = nullptr);
    ~PackExport() override;

    /// What the pack of the scenario and year on show covers, set against `baseId`.
    CouncillorPack::Request request(const QString &baseId, bool everyYear) const;
    /// Writes the pack to `path`; finished() says how it went.
    void write(const QString &path, const CouncillorPack::Request &request, const QPageSize &size);
    /// Works the pack out for printing; ready() hands it over.
    void prepare(const CouncillorPack::Request &request);
    bool isBusy() const;

signals:
    /// `problem` is empty when the file was written; `summary` says what it holds.
    void finished(const QString &path, const QString &problem, const QString &summary);
    void ready(const lps::PackContent &pack);

private:
    PlanDocument *m_document;
    /// Set when the window goes: a county pack stops between engine runs, not minutes later.
    std::atomic<bool> m_cancel{false};
    LatestJob *m_job;
};

} // namespace lps
