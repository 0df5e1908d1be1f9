// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/labelselector.h"

#include <QCoreApplication>

namespace driftdeck::drift {

namespace {

Error selectorError(const QString &text, const QString &part)
{
    return Error(QCoreApplication::translate("driftdeck::drift::LabelSelector", "Invalid label selector \u201c%1\u201d")
                     .arg(text),
                 u"cannot read requirement: "_qs + part);
}

// Splits on commas outside parentheses.
QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        parts.append(current.trimmed());
    return parts;
}

// Label keys: [prefix/]name of letters, digits, '-', '_', '.'.
bool validKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u'/'))
            return false;
    }
    return true;
}

} // namespace

Result<LabelSelector> LabelSelector::parse(const QString &text)
{
    LabelSelector selector;
    selector.m_text = text.trimmed();
    for (const QString &part : splitTopLevel(selector.m_text)) {
        if (part.isEmpty())
            return selectorError(text, part);
        Requirement r;
        const qsizetype notEq = part.indexOf(u"!=");
        const qsizetype eq = part.indexOf(u'=');
        const qsizetype space = part.indexOf(u' ');
        if (notEq > 0) {
            r.key = part.left(notEq).trimmed();
            r.op = Requirement::Op::NotEquals;
            r.values = {part.mid(notEq + 2).trimmed()};
        } else if (eq > 0) {
            r.key = part.left(eq).trimmed();
            r.op = Requirement::Op::Equals;
            r.values = {part.mid(eq + (part.mid(eq, 2) == u"==" ? 2 : 1)).trimmed()};
        } else if (space > 0) {
            r.key = part.left(space).trimmed();
            QString rest = part.mid(space + 1).trimmed();
            if (rest.startsWith(u"notin")) {
                r.op = Requirement::Op::NotIn;
                rest = rest.mid(5).trimmed();
            } else if (rest.startsWith(u"in")) {
                r.op = Requirement::Op::In;
                rest = rest.mid(2).trimmed();
            } else {
                return selectorError(text, part);
            }
            if (!rest.startsWith(u'(') || !rest.endsWith(u')'))
                return selectorError(text, part);
            for (const QString &v : rest.mid(1, rest.size() - 2).split(u','))
                r.values.append(v.trimmed());
        } else if (part.startsWith(u'!')) {
            r.key = part.mid(1).trimmed();
            r.op = Requirement::Op::NotExists;
        } else {
            r.key = part;
            r.op = Requirement::Op::Exists;
        }
        if (!validKey(r.key))
            return selectorError(text, part);
        selector.m_requirements.append(r);
    }
    return selector;
}

bool LabelSelector::matches(const nlohmann::json &labels) const
{
    for (const Requirement &r : m_requirements) {
        const std::string key = r.key.toStdString();
        const bool has = labels.is_object() && labels.contains(key) && labels[key].is_string();
        const QString value = has ? QString::fromStdString(labels[key].get<std::string>()) : QString();
        switch (r.op) {
        case Requirement::Op::Exists:
            if (!has) return false;
            break;
        case Requirement::Op::NotExists:
            if (has) return false;
            break;
        case Requirement::Op::Equals:
        case Requirement::Op::In:
            if (!has || !r.values.contains(value)) return false;
            break;
        case Requirement::Op::NotEquals:
        case Requirement::Op::NotIn:
            if (has && r.values.contains(value)) return false;
            break;
        }
    }
    return true;
}

} // namespace driftdeck::drift
