#include "comparisonpage.h"

#include "projectionstyle.h"
#include "servicecard.h"
#include "tiercolumn.h"

#include "workshop/spokenmoney.h"

#include <QGridLayout>
#include <QLabel>
#include <QTextLayout>
#include <QVBoxLayout>

namespace lps {

namespace {

int lineCount(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return lines;
}

// The text cut at a word to fit `lines` lines of `width`, with an ellipsis: the console has the
// whole text, the room gets what it can read.
QString firstLines(const QString &text, const QFont &font, int width, int lines)
{
    if (lineCount(text, font, width) <= lines)
        return text;
    QString cut = text;
    while (cut.contains(QLatin1Char(' ')) &&
           lineCount(cut + QStringLiteral("\u2026"), font, width) > lines)
        cut = cut.section(QLatin1Char(' '), 0, -2);
    return cut + QStringLiteral("\u2026");
}

} // namespace

ComparisonPage::ComparisonPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_columns(new QWidget(this))
    , m_grid(new QGridLayout(m_columns))
{
    m_title->setObjectName(QStringLiteral("comparisonTitle"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_title->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_columns, 1);
}

QString ComparisonPage::title() const
{
    return m_title->text();
}

void ComparisonPage::setWaiting(const QString &title)
{
    m_shown.clear();
    m_title->setText(tr("%1: working it out\u2026").arg(title));
    rebuild();
}

void ComparisonPage::setColumns(const QString &title, const QList<ProjectionFigures> &columns)
{
    m_title->setText(title);
    m_shown = columns.mid(0, kMostColumns);
    rebuild();
}

void ComparisonPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild(); // the texts are cut to the columns' width
}

void ComparisonPage::restyle(const ProjectionStyle &style)
{
    m_scale = style.scale();
    ProjectionStyle::dress(m_title, style.font(ProjectionStyle::kHeadingCap + 4, true));
    const int margin = style.px(36);
    layout()->setContentsMargins(margin, style.px(24), margin, style.px(20));
    layout()->setSpacing(style.px(20));
    m_grid->setHorizontalSpacing(style.px(40));
    rebuild();
}

QLabel *ComparisonPage::label(QWidget *parent, const QString &text, double cap, bool bold,
                              const QString &name)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    const ProjectionStyle style(QSize(int(1920 * m_scale), int(1080 * m_scale)));
    ProjectionStyle::dress(label, style.font(cap, bold));
    return label;
}

QWidget *ComparisonPage::column(const ProjectionFigures &figures, bool reference)
{
    auto *widget = new QWidget(m_columns);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    const ProjectionStyle style(QSize(int(1920 * m_scale), int(1080 * m_scale)));
    layout->setSpacing(style.px(10));
    QLabel *name = label(widget, figures.scenarioName, ProjectionStyle::kHeadingCap, true,
                         QStringLiteral("columnName"));
    name->setText(firstLines(figures.scenarioName, name->font(), columnWidth(), 2));
    name->setToolTip(figures.scenarioName);
    layout->addWidget(name);
    for (Tier tier : {Tier::Must, Tier::Need, Tier::Could}) {
        const ProjectionFigures::TierFigures &t = figures.tiers[size_t(tier)];
        const QString figure =
            t.gap.isZero() ? tr("funded")
                           : tr("%1 short").arg(SpokenMoney::brief(t.gap, figures.currency));
        layout->addWidget(label(widget, tr("%1: %2").arg(TierColumn::title(tier), figure),
                                ProjectionStyle::kSmallestCap + 2, false,
                                QStringLiteral("columnTier")));
    }
    if (reference && m_shown.size() == 2) {
        // Two sides (the room against the officers): what this side gives the services that
        // change, so each reads against the other.
        for (const ProjectionFigures::StatusChange &change :
             m_shown[1].changes.mid(0, kMostChanges))
            layout->addWidget(
                label(widget,
                      tr("%1: %2, %3")
                          .arg(change.name, ServiceCard::word(change.from).toLower(),
                               SpokenMoney::of(change.fundedBefore, figures.currency)),
                      ProjectionStyle::kSmallestCap, false, QStringLiteral("referenceService")));
    } else if (reference) {
        layout->addWidget(label(widget, tr("The starting point the others are measured from."),
                                ProjectionStyle::kSmallestCap, false,
                                QStringLiteral("columnNote")));
    } else if (figures.changes.isEmpty()) {
        layout->addWidget(label(widget, tr("No service changes status."),
                                ProjectionStyle::kSmallestCap, false,
                                QStringLiteral("columnNote")));
    }
    const qsizetype listed = std::min<qsizetype>(figures.changes.size(), kMostChanges);
    for (qsizetype i = 0; i < listed; ++i) {
        const ProjectionFigures::StatusChange &change = figures.changes[i];
        const QString arrow = int(change.to) > int(change.from) ? QStringLiteral("\u25BC ")
                                                                : QStringLiteral("\u25B2 ");
        layout->addWidget(
            label(widget,
                  arrow + tr("%1: %2, %3")
                              .arg(change.name, ServiceCard::word(change.to).toLower(),
                                   SpokenMoney::of(change.fundedAfter, figures.currency)),
                  ProjectionStyle::kSmallestCap, true, QStringLiteral("changeName")));
        if (!change.consequence.isEmpty()) {
            QLabel *consequence = label(widget, change.consequence, ProjectionStyle::kSmallestCap,
                                        false, QStringLiteral("changeConsequence"));
            consequence->setText(
                firstLines(change.consequence, consequence->font(), columnWidth(), 2));
            consequence->setToolTip(change.consequence);
            layout->addWidget(consequence);
        }
    }
    if (figures.changes.size() > listed)
        layout->addWidget(label(widget, tr("+ %1 more").arg(figures.changes.size() - listed),
                                ProjectionStyle::kSmallestCap, false,
                                QStringLiteral("columnMore")));
    layout->addStretch(1);
    return widget;
}

int ComparisonPage::columnWidth() const
{
    const ProjectionStyle style(QSize(int(1920 * m_scale), int(1080 * m_scale)));
    const int columns = std::max<int>(1, int(m_shown.size()));
    const int room = width() - 2 * style.px(36) - (columns - 1) * style.px(40);
    // A few pixels spare: a line that only just fits on paper may not in the label.
    return std::max(50, room / columns - 8);
}

void ComparisonPage::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // A wider comparison before this one leaves its stretch behind: even columns again.
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        QWidget *made = column(m_shown[i], i == 0);
        m_grid->addWidget(made, 0, int(i));
        made->show(); // at once, not when the layout gets round to it
        m_grid->setColumnStretch(int(i), 1);
    }
}

} // namespace lps
