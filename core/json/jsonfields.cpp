#include "jsonfields.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <limits>

namespace lps {

QString describeJson(const QJsonValue &value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        break;
    case QJsonValue::String:
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

JsonFields::JsonFields(const QJsonValue &value, const QString &path, Problems &problems,
                       const QStringList &allowed)
    : m_object(value.toObject())
    , m_path(path)
    , m_problems(problems)
{
    if (!value.isObject() && !value.isUndefined()) {
        m_isObject = false;
        wrongType(path.isEmpty() ? QStringLiteral("(top level)") : path,
                  QStringLiteral("an object {...}"), value);
        return;
    }
    if (allowed.isEmpty())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            m_problems << Problem::error(
                pathOf(it.key()),
                QStringLiteral("is not a key an LPS plan has here; expected one of: %1")
                    .arg(allowed.join(QStringLiteral(", "))));
    }
}

QString JsonFields::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonFields::indexPath(const QString &key, qsizetype index) const
{
    return QStringLiteral("%1[%2]").arg(pathOf(key)).arg(index);
}

void JsonFields::fail(const QString &key, const QString &message)
{
    m_problems << Problem::error(pathOf(key), message);
}

void JsonFields::missing(const QString &key)
{
    if (m_isObject)
        fail(key, QStringLiteral("is required"));
}

void JsonFields::wrongType(const QString &where, const QString &expected, const QJsonValue &found)
{
    m_problems << Problem::error(
        where, QStringLiteral("expected %1, found %2").arg(expected, describeJson(found)));
}

QString JsonFields::string(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString())
        wrongType(pathOf(key), QStringLiteral("a string"), value);
    return value.toString();
}

QString JsonFields::requiredString(const QString &key)
{
    if (!has(key))
        missing(key);
    return string(key);
}

QString JsonFields::nullableString(const QString &key)
{
    return m_object.value(key).isNull() ? QString() : string(key);
}

bool JsonFields::boolean(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isUndefined() && !value.isBool())
        wrongType(pathOf(key), QStringLiteral("true or false"), value);
    return value.toBool();
}

std::optional<qint64> JsonFields::toInteger(const QJsonValue &value, const QString &where,
                                            qint64 min, qint64 max)
{
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::trunc(number)) {
        wrongType(where, QStringLiteral("a whole number"), value);
        return std::nullopt;
    }
    // Integers beyond 2^53 are not exact as doubles; Qt keeps them as integers when they fit.
    const qint64 integer =
        std::abs(number) < 1e18 ? value.toInteger() : (number < 0 ? min - 1 : max + 1);
    if (integer < min || integer > max) {
        m_problems << Problem::error(
            where,
            QStringLiteral("%1 is out of range %2..%3").arg(describeJson(value)).arg(min).arg(max));
        return std::nullopt;
    }
    return integer;
}

std::optional<qint64> JsonFields::integer(const QString &key, qint64 min, qint64 max)
{
    return has(key) ? toInteger(m_object.value(key), pathOf(key), min, max) : std::nullopt;
}

std::optional<qint64> JsonFields::requiredInteger(const QString &key, qint64 min, qint64 max)
{
    if (!has(key))
        missing(key);
    return integer(key, min, max);
}

std::optional<double> JsonFields::number(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble()) {
        wrongType(pathOf(key), QStringLiteral("a number"), value);
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<double> JsonFields::requiredNumber(const QString &key)
{
    if (!has(key))
        missing(key);
    return number(key);
}

QJsonArray JsonFields::array(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isUndefined() && !value.isArray())
        wrongType(pathOf(key), QStringLiteral("a list [...]"), value);
    return value.toArray();
}

QStringList JsonFields::stringList(const QString &key)
{
    QStringList result;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString())
            wrongType(indexPath(key, i), QStringLiteral("a string"), items.at(i));
        else
            result << items.at(i).toString();
    }
    return result;
}

QList<qint64> JsonFields::integerList(const QString &key)
{
    QList<qint64> result;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size(); ++i)
        result << toInteger(items.at(i), indexPath(key, i), 0, Money_kMax).value_or(0);
    return result;
}

JsonFields JsonFields::object(const QString &key, const QStringList &allowed)
{
    return JsonFields(m_object.value(key), pathOf(key), m_problems, allowed);
}

} // namespace lps
