#include "autosave.h"

#include "documents/plandocument.h"
#include "recovery/recoverystore.h"

#include <QTimer>
#include <QUuid>

namespace lps {

Autosave::Autosave(PlanDocument *document)
    : QObject(document)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, this, &Autosave::keepNow);
    connect(document, &PlanDocument::changed, m_timer, qOverload<>(&QTimer::start));
    connect(document, &PlanDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

void Autosave::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void Autosave::keepNow()
{
    if (m_document->isModified())
        RecoveryStore().keep(m_key, m_document->plan(), m_document->filePath());
}

void Autosave::discard()
{
    m_timer->stop();
    RecoveryStore().discard(m_key);
}

} // namespace lps
