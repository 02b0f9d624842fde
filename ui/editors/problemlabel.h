#pragma once

#include <QLabel>

#include <functional>

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
    /// line for what is wrong, then OK and Cancel. OK asks `problem` first: the dialog closes
    /// only when it is empty, and stays open saying it otherwise.
    void frame(QDialog *dialog, QWidget *body, const std::function<QString()> &problem);
    void frame(QDialog *dialog, QLayout *body, const std::function<QString()> &problem);

private:
    QVBoxLayout *frame(QDialog *dialog, const std::function<QString()> &problem);
};

} // namespace lps
