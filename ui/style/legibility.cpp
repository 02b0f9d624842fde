#include "legibility.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace lps {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

// What a widget shows as text, as a person reads it (rich text without its tags).
QString shownText(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->textFormat() == Qt::PlainText)
            return label->text();
        QTextDocument document;
        document.setHtml(label->text());
        return document.toPlainText();
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (const auto *box = qobject_cast<const QComboBox *>(widget))
        return box->currentText();
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        return edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    return {};
}

} // namespace

double Legibility::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QList<Legibility::Text> Legibility::survey(const QWidget *root)
{
    QList<Text> texts;
    QList<const QWidget *> widgets{root};
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets << child;
    for (const QWidget *widget : widgets) {
        // On screen: shown, and not scrolled away or behind another tab.
        if (!widget->isVisible() || widget->visibleRegion().isEmpty())
            continue;
        const QString text = shownText(widget).simplified();
        if (text.isEmpty())
            continue;
        const QPalette &palette = widget->palette();
        const QPalette::ColorRole foreground = widget->foregroundRole();
        const QPalette::ColorRole background = widget->backgroundRole();
        Text found;
        found.where = widget->objectName().isEmpty()
                          ? QString::fromLatin1(widget->metaObject()->className())
                          : widget->objectName();
        found.text = text;
        found.capHeight = QFontMetricsF(widget->font(), widget).capHeight();
        // Disabled text is drawn in the palette's disabled colours, and read as such.
        const QPalette::ColorGroup group =
            widget->isEnabled() ? QPalette::Active : QPalette::Disabled;
        found.contrast =
            contrastRatio(palette.color(group, foreground), palette.color(group, background));
        texts << found;
    }
    return texts;
}

Legibility::Text Legibility::smallest(const QList<Text> &texts)
{
    const auto it =
        std::min_element(texts.cbegin(), texts.cend(),
                         [](const Text &a, const Text &b) { return a.capHeight < b.capHeight; });
    return it == texts.cend() ? Text() : *it;
}

Legibility::Text Legibility::faintest(const QList<Text> &texts)
{
    const auto it =
        std::min_element(texts.cbegin(), texts.cend(),
                         [](const Text &a, const Text &b) { return a.contrast < b.contrast; });
    return it == texts.cend() ? Text() : *it;
}

} // namespace lps
