#include "yearchooser.h"

#include "documents/plandocument.h"

namespace lps {

YearChooser::YearChooser(PlanDocument *document, QWidget *parent)
    : QComboBox(parent)
    , m_document(document)
{
    setAccessibleName(tr("Year shown"));
    setObjectName(QStringLiteral("yearBox"));
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if (change.years)
            fill();
    });
    connect(document, &PlanDocument::yearChosen, this, &QComboBox::setCurrentIndex);
    connect(this, &QComboBox::currentIndexChanged, document, &PlanDocument::setYearIndex);
    fill();
}

void YearChooser::fill()
{
    const QSignalBlocker blocker(this);
    const Plan &plan = m_document->plan();
    clear();
    for (int y = 0; y < plan.years; ++y)
        addItem(plan.yearLabel(y));
    setCurrentIndex(m_document->yearIndex());
}

} // namespace lps
