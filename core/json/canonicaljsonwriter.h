#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "amounts/money.h"

namespace lps {

/// Writes JSON in the canonical layout of plan-model.md: keys in the order given, two-space
/// indentation, UTF-8, `\n` line ends; numbers in their shortest exact form.
class CanonicalJsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString &name);

    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    /// `"key": minor units`, as every report writes money.
    void money(const QString &name, Money amount)
    {
        key(name);
        value(amount.minor());
    }

    /// The document, with its final newline.
    QByteArray finish();

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest UTF-8.
    static QByteArray quoted(const QString &text);
    /// The shortest decimal that reads back as exactly the same double, laid out as ECMAScript
    /// and RFC 8785 do: "0.7", "-0.05", "0.0001", "1e-7", "1000", "1e+21".
    static QByteArray number(double value);

private:
    struct Level
    {
        bool array = false;
        int count = 0;
    };
    void beforeValue();
    void open(char bracket, bool array);
    void close(char bracket);
    void newline(qsizetype depth);

    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace lps
