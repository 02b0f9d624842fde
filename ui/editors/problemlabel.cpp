#include "problemlabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace lps {

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("problemLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Dark red on a light window (and on a projector), a light red on a dark theme.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    setStyleSheet(dark ? QStringLiteral("color: #ff8a80; font-weight: 600")
                       : QStringLiteral("color: #b00020; font-weight: 600"));
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

void ProblemLabel::frame(QDialog *dialog, QWidget *body, const std::function<QString()> &problem)
{
    frame(dialog, problem)->insertWidget(0, body);
}

void ProblemLabel::frame(QDialog *dialog, QLayout *body, const std::function<QString()> &problem)
{
    frame(dialog, problem)->insertLayout(0, body);
}

QVBoxLayout *ProblemLabel::frame(QDialog *dialog, const std::function<QString()> &problem)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, problem] {
        const QString wrong = problem();
        say(wrong);
        if (wrong.isEmpty())
            dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(this);
    layout->addWidget(buttons);
    return layout;
}

} // namespace lps
