#pragma once

#include <QLabel>

class QDialog;
class QLayout;
class QVBoxLayout;

namespace lps {

/// The line at the foot of a dialog that says why OK did not close it: in a colour and weight
/// that stand out, read out by screen readers, and with room made for it however long it is.
class ProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget *parent = nullptr);

    /// Shows the sentence (or clears it when empty) and makes the dialog tall enough for it.
    void say(const QString &problem);

    /// Lays a checked dialog out as they all are: what it edits (a widget or a layout), this
    /// line for what is wrong, then OK and Cancel (OK calls the dialog's accept(), which checks).
    void frame(QDialog *dialog, QWidget *body);
    void frame(QDialog *dialog, QLayout *body);

private:
    QVBoxLayout *frame(QDialog *dialog);
};

} // namespace lps
