#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace lps {

class PlanDocument;

/// Keeps a document's unsaved changes aside (RecoveryStore) a moment after each change, and lets
/// them go once the document is saved, undone back to its saved state, or closed normally.
class Autosave : public QObject
{
    Q_OBJECT

public:
    explicit Autosave(PlanDocument *document);

    /// The key this document's changes are kept under.
    QString key() const { return m_key; }
    void setDelay(int milliseconds);
    /// Keeps the changes aside now, if there are any.
    void keepNow();
    /// Lets what is kept go (the changes were saved or knowingly thrown away).
    void discard();

private:
    PlanDocument *m_document;
    QTimer *m_timer;
    QString m_key;
};

} // namespace lps
