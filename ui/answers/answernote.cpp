#include "answernote.h"

#include "engine/gapwords.h"

#include <algorithm>

namespace lps {

AnswerNote::AnswerNote(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    setMinimumHeight(fontMetrics().height() + 4);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setAccessibleName(tr("About this answer"));
}

QString AnswerNote::about(const Evaluation &evaluation)
{
    QList<qsizetype> unproven;
    for (qsizetype y = 0; y < evaluation.years.size(); ++y) {
        if (!evaluation.years.at(y).optimal)
            unproven << y;
    }
    if (unproven.isEmpty())
        return evaluation.isSettled() ? QString() : tr("First answer, proven optimal; settling…");
    // The year whose gap is the largest speaks for the rest.
    const auto largest = [&evaluation](qsizetype y) {
        Money total;
        for (const TierGap &gap : evaluation.years.at(y).gaps)
            total += gap.gap;
        return total;
    };
    const qsizetype worst =
        *std::max_element(unproven.cbegin(), unproven.cend(),
                          [&largest](qsizetype a, qsizetype b) { return largest(a) < largest(b); });
    const YearResult &year = evaluation.years.at(worst);
    QString words = GapWords::summary(year, evaluation.currency);
    if (evaluation.years.size() > 1)
        words = tr("%1 (%2 of %3 years; the largest gap is in %4)")
                    .arg(words.chopped(1))
                    .arg(unproven.size())
                    .arg(evaluation.years.size())
                    .arg(evaluation.yearLabel(year.calendarYear)) +
                QLatin1Char('.');
    return words;
}

void AnswerNote::setEvaluation(const Evaluation &evaluation)
{
    m_about = about(evaluation);
    m_warning = std::any_of(evaluation.years.cbegin(), evaluation.years.cend(),
                            [](const YearResult &y) { return !y.optimal; });
    present(false);
}

void AnswerNote::setComparison(const Evaluation &base, const Evaluation &scenario)
{
    QStringList parts;
    for (const Evaluation *e : {&scenario, &base}) {
        const QString words = about(*e);
        if (!words.isEmpty())
            parts << tr("%1: %2").arg(e->scenarioName, words);
    }
    m_about = parts.join(QLatin1Char(' '));
    m_warning = !parts.isEmpty();
    present(false);
}

void AnswerNote::setUpdating()
{
    present(true);
}

void AnswerNote::setWaiting(const QString &waiting)
{
    m_about.clear();
    m_warning = false;
    setText(waiting);
    setToolTip(QString());
}

void AnswerNote::present(bool updating)
{
    QString text = m_about;
    if (updating)
        text = m_about.isEmpty() ? tr("Updating…") : tr("Updating… %1").arg(m_about);
    setText(text);
    // The whole statement on hover, however narrow the view.
    setToolTip(text);
    QFont f = font();
    f.setBold(m_warning);
    setFont(f);
}

} // namespace lps
