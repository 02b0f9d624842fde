#pragma once

#include <QString>

#include <optional>

namespace lps {

/// Characters nobody can see or type: C0 controls, DEL and the C1 controls. They are refused in
/// plans and imported cells (a file from someone else may hide terminal escapes in a name), and
/// replaced before any text reaches a terminal.
class ControlCharacters
{
public:
    enum class Lines
    {
        /// Tabs and line breaks are text (notes, consequences).
        Allowed,
        /// One line: a tab or a line break is as out of place as an escape (names, tags).
        Refused
    };

    static bool isControl(QChar c, Lines lines = Lines::Allowed);
    /// The first control character in `text`, if any (U+0000 is one).
    static std::optional<QChar> firstIn(const QString &text, Lines lines = Lines::Allowed);
    /// "U+001B": how a message names the character without printing it.
    static QString codePoint(QChar c);
    /// `text` with every control character (tabs and line breaks apart) made U+FFFD.
    static QString visible(QString text);
};

} // namespace lps
