#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QWidget;

namespace lps {

/// How legible the text on screen is, measured from the widgets themselves: the cap height of
/// each piece of text in pixels and its contrast with what is behind it (WCAG 2 ratio). What a
/// projection to the back of a room is held to (issue 13: cap height of 20 px and 7:1 at
/// 1920x1080), measured in tests rather than by eye.
class Legibility
{
public:
    struct Text
    {
        /// The widget's object name, or its class when it has none.
        QString where;
        QString text;
        double capHeight = 0.0;
        double contrast = 0.0;
    };

    /// WCAG 2's contrast ratio of two opaque colours: 1 (the same) to 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b);
    /// Every label, button, box and line edit under `root` that shows text on screen. Text that
    /// delegates and charts paint themselves is not seen here; their own tests read their fonts.
    static QList<Text> survey(const QWidget *root);
    /// The text with the smallest cap height, and the one with the lowest contrast; empty
    /// Text when `texts` is empty.
    static Text smallest(const QList<Text> &texts);
    static Text faintest(const QList<Text> &texts);
};

} // namespace lps
