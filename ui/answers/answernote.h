#pragma once

#include "reports/evaluation.h"

#include <QLabel>

namespace lps {

/// The line under every view of an allocation that says what kind of answer is on show: that a
/// newer one is being worked out (the figures stay until it comes), that it is a first answer,
/// or that it is not proven optimal, with its gap in money; empty for a settled, proven optimum.
/// It keeps one line's height whatever it says, so the view never jumps.
class AnswerNote : public QLabel
{
    Q_OBJECT

public:
    explicit AnswerNote(QWidget *parent = nullptr);

    /// The answer now on show.
    void setEvaluation(const Evaluation &evaluation);
    /// A newer answer is on its way: what is on show stays, marked as updating.
    void setUpdating();
    /// A comparison of two scenarios: each one's statement, named.
    void setComparison(const Evaluation &base, const Evaluation &scenario);
    /// Nothing on show yet; `waiting` says what for.
    void setWaiting(const QString &waiting);

    /// What the note says about an evaluation, without "updating": for reports and tests.
    static QString about(const Evaluation &evaluation);

private:
    void present(bool updating);

    QString m_about;
    bool m_warning = false;
};

} // namespace lps
