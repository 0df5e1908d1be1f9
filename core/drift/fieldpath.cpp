// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/fieldpath.h"

#include <QCoreApplication>

namespace driftdeck::drift {

namespace {

bool needsBrackets(const std::string &name)
{
    if (name.empty())
        return true;
    for (const char c : name) {
        if (c == '.' || c == '[' || c == ']' || c == '"' || c == '=' || c == ',')
            return true;
    }
    return false;
}

void appendFieldText(QString &out, const std::string &name, bool first)
{
    if (needsBrackets(name)) {
        out += u"[\"";
        out += QString::fromStdString(name).replace(u'"', QStringLiteral("\\\""));
        out += u"\"]";
        return;
    }
    if (!first)
        out += u'.';
    out += QString::fromStdString(name);
}

QString selectorValueText(const nlohmann::json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    return QString::fromStdString(v.dump());
}

QString escapePointer(const std::string &token)
{
    QString s = QString::fromStdString(token);
    s.replace(u'~', QStringLiteral("~0"));
    s.replace(u'/', QStringLiteral("~1"));
    return s;
}

bool selectorEquals(const nlohmann::json &rule, const nlohmann::json &actual)
{
    if (rule == actual)
        return true;
    // [containerPort=8080] written in a rule is read as an integer; tolerate "8080" either way.
    if (rule.is_string() && actual.is_number_integer())
        return rule.get<std::string>() == actual.dump();
    if (rule.is_number_integer() && actual.is_string())
        return rule.dump() == actual.get<std::string>();
    return false;
}

Error parseError(QStringView text, const char *what)
{
    return Error(QCoreApplication::translate("driftdeck::drift::FieldPath", "Invalid field path \u201c%1\u201d")
                     .arg(text.toString()),
                 QString::fromUtf8(what));
}

} // namespace

void FieldPath::appendField(std::string name)
{
    PathSegment s;
    s.kind = PathSegment::Kind::Field;
    s.name = std::move(name);
    m_segments.push_back(std::move(s));
}

void FieldPath::appendKey(std::vector<std::pair<std::string, nlohmann::json>> keys, int liveIndex)
{
    PathSegment s;
    s.kind = PathSegment::Kind::Key;
    s.keys = std::move(keys);
    s.index = liveIndex;
    m_segments.push_back(std::move(s));
}

void FieldPath::appendIndex(int index)
{
    PathSegment s;
    s.kind = PathSegment::Kind::Index;
    s.index = index;
    m_segments.push_back(std::move(s));
}

QString FieldPath::toString() const
{
    QString out;
    bool first = true;
    for (const PathSegment &s : m_segments) {
        switch (s.kind) {
        case PathSegment::Kind::Field:
            appendFieldText(out, s.name, first);
            break;
        case PathSegment::Kind::Key: {
            out += u'[';
            bool firstKey = true;
            for (const auto &[k, v] : s.keys) {
                if (!firstKey)
                    out += u',';
                firstKey = false;
                out += QString::fromStdString(k);
                out += u'=';
                out += selectorValueText(v);
            }
            out += u']';
            break;
        }
        case PathSegment::Kind::Index:
            out += u'[';
            out += QString::number(s.index);
            out += u']';
            break;
        }
        first = false;
    }
    return out;
}

QString FieldPath::toPointer() const
{
    QString out;
    for (const PathSegment &s : m_segments) {
        out += u'/';
        switch (s.kind) {
        case PathSegment::Kind::Field:
            out += escapePointer(s.name);
            break;
        case PathSegment::Kind::Key:
        case PathSegment::Kind::Index:
            if (s.index < 0)
                out += u'-';
            else
                out += QString::number(s.index);
            break;
        }
    }
    return out;
}

Result<FieldPath> FieldPath::parse(QStringView text)
{
    FieldPath path;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n == 0)
        return parseError(text, "empty path");
    while (i < n) {
        const QChar c = text[i];
        if (c == u'.') {
            if (i == 0 || i + 1 >= n)
                return parseError(text, "dot at start or end");
            ++i;
            continue;
        }
        if (c == u'[') {
            const qsizetype close = [&] {
                // A quoted key may itself contain ']'.
                if (i + 1 < n && text[i + 1] == u'"') {
                    qsizetype j = i + 2;
                    while (j < n && !(text[j] == u'"' && text[j - 1] != u'\\'))
                        ++j;
                    return j + 1 < n && text[j + 1] == u']' ? j + 1 : qsizetype(-1);
                }
                return text.indexOf(u']', i);
            }();
            if (close < 0)
                return parseError(text, "unclosed '['");
            const QStringView inner = text.mid(i + 1, close - i - 1);
            i = close + 1;
            if (inner.startsWith(u'"')) {
                QString name = inner.mid(1, inner.size() - 2).toString();
                name.replace(QStringLiteral("\\\""), QStringLiteral("\""));
                path.appendField(name.toStdString());
                continue;
            }
            bool isIndex = false;
            const int index = inner.toInt(&isIndex);
            if (isIndex) {
                path.appendIndex(index);
                continue;
            }
            std::vector<std::pair<std::string, nlohmann::json>> keys;
            for (const QStringView part : inner.split(u',')) {
                const qsizetype eq = part.indexOf(u'=');
                if (eq <= 0)
                    return parseError(text, "selector without '='");
                const QStringView value = part.mid(eq + 1).trimmed();
                bool isInt = false;
                const qlonglong number = value.toLongLong(&isInt);
                nlohmann::json v = isInt ? nlohmann::json(number) : nlohmann::json(value.toString().toStdString());
                keys.emplace_back(part.left(eq).trimmed().toString().toStdString(), std::move(v));
            }
            path.appendKey(std::move(keys), -1);
            continue;
        }
        qsizetype end = i;
        while (end < n && text[end] != u'.' && text[end] != u'[')
            ++end;
        path.appendField(text.mid(i, end - i).toString().toStdString());
        i = end;
    }
    return path;
}

bool FieldPath::segmentMatches(qsizetype depth, const PathSegment &step) const
{
    const PathSegment &rule = m_segments[size_t(depth)];
    switch (rule.kind) {
    case PathSegment::Kind::Field:
        return step.kind == PathSegment::Kind::Field && (rule.name == step.name || rule.name == "*");
    case PathSegment::Kind::Index:
        return step.kind != PathSegment::Kind::Field && step.index == rule.index;
    case PathSegment::Kind::Key:
        if (step.kind != PathSegment::Kind::Key)
            return false;
        for (const auto &[k, v] : rule.keys) {
            bool found = false;
            for (const auto &[sk, sv] : step.keys) {
                if (sk == k) {
                    found = selectorEquals(v, sv);
                    break;
                }
            }
            if (!found)
                return false;
        }
        return true;
    }
    return false;
}

bool FieldPath::isPrefixOf(const FieldPath &path) const
{
    if (size() > path.size())
        return false;
    for (qsizetype d = 0; d < size(); ++d) {
        if (!segmentMatches(d, path.m_segments[size_t(d)]))
            return false;
    }
    return true;
}

} // namespace driftdeck::drift
