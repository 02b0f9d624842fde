#include "problemlabel.h"

#include <QLayout>

namespace lps {

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("problemLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Dark red on the window's own background: readable in a light theme and on a projector.
    setStyleSheet(QStringLiteral("color: #b00020; font-weight: 600"));
    setAccessibleName(tr("What is wrong"));
}

void ProblemLabel::say(const QString &problem)
{
    setText(problem);
    QWidget *dialog = window();
    if (!dialog->layout())
        return;
    dialog->layout()->activate();
    const int needed = dialog->layout()->totalHeightForWidth(dialog->width());
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace lps
