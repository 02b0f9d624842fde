#pragma once

#include "model/enums.h"
#include "validation/problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace lps {

/// Reads the members of one JSON object at a known path, type-checking each and reporting
/// unknown, missing and mistyped keys with their path instead of stopping at the first.
class JsonFields
{
public:
    /// Reports at once a value that is not an object, and every key not in `allowed`
    /// (an empty `allowed` list skips the unknown-key check).
    JsonFields(const QJsonValue &value, const QString &path, Problems &problems,
               const QStringList &allowed);

    bool has(const QString &key) const { return m_object.contains(key); }
    bool isNull(const QString &key) const { return m_object.value(key).isNull(); }
    bool isObject() const { return m_isObject; }
    void fail(const QString &key, const QString &message);

    QString string(const QString &key);
    QString requiredString(const QString &key);
    /// A string that may also be null or absent (both read as empty).
    QString nullableString(const QString &key);
    bool boolean(const QString &key);
    std::optional<qint64> integer(const QString &key, qint64 min = 0, qint64 max = Money_kMax);
    std::optional<qint64> requiredInteger(const QString &key, qint64 min = 0,
                                          qint64 max = Money_kMax);
    std::optional<double> number(const QString &key);
    std::optional<double> requiredNumber(const QString &key);
    QStringList stringList(const QString &key);
    QList<qint64> integerList(const QString &key);
    QJsonArray array(const QString &key);
    /// A nested object; an absent key gives an empty object that reads as all defaults.
    JsonFields object(const QString &key, const QStringList &allowed);

    template <typename Enum> std::optional<Enum> optionalEnum(const QString &key)
    {
        return has(key) ? parseEnum<Enum>(key, m_object.value(key), pathOf(key)) : std::nullopt;
    }
    template <typename Enum> std::optional<Enum> requiredEnum(const QString &key)
    {
        if (!has(key)) {
            missing(key);
            return std::nullopt;
        }
        return optionalEnum<Enum>(key);
    }
    /// Reads an enum without reporting anything but a missing or unknown value.
    template <typename Enum> std::optional<Enum> peekEnum(const QString &key)
    {
        return requiredEnum<Enum>(key);
    }
    template <typename Enum> QList<Enum> enumList(const QString &key)
    {
        QList<Enum> result;
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (auto value = parseEnum<Enum>(key, items.at(i), indexPath(key, i)))
                result << *value;
        }
        return result;
    }

private:
    static constexpr qint64 Money_kMax = 100'000'000'000'000LL;

    QString pathOf(const QString &key) const;
    QString indexPath(const QString &key, qsizetype index) const;
    void missing(const QString &key);
    void wrongType(const QString &where, const QString &expected, const QJsonValue &found);
    std::optional<qint64> toInteger(const QJsonValue &value, const QString &where, qint64 min,
                                    qint64 max);

    template <typename Enum>
    std::optional<Enum> parseEnum(const QString &, const QJsonValue &value, const QString &where)
    {
        const std::optional<Enum> parsed =
            value.isString() ? enumFromString<Enum>(value.toString()) : std::nullopt;
        if (!parsed)
            wrongType(
                where,
                QStringLiteral("one of: %1").arg(enumSpellings<Enum>().join(QStringLiteral(", "))),
                value);
        return parsed;
    }

    QJsonObject m_object;
    // False when the value was not an object: that one error says it all, so no "is required"
    // for each of its keys follows.
    bool m_isObject = true;
    QString m_path;
    Problems &m_problems;
};

/// A JSON value as a user would recognise it in a message, shortened if long.
QString describeJson(const QJsonValue &value);

} // namespace lps
