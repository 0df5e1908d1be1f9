// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

namespace driftdeck::drift {

// A Kubernetes label selector as written on the command line:
// "app=web,tier!=db,env in (prod,staging),release notin (canary),owner,!legacy".
class LabelSelector
{
public:
    static Result<LabelSelector> parse(const QString &text);

    // Whether a labels map (metadata.labels, possibly absent/null) satisfies every requirement.
    bool matches(const nlohmann::json &labels) const;
    bool isEmpty() const { return m_requirements.isEmpty(); }
    QString toString() const { return m_text; }

private:
    struct Requirement
    {
        enum class Op : quint8 { Equals, NotEquals, In, NotIn, Exists, NotExists };
        QString key;
        Op op = Op::Exists;
        QStringList values;
    };
    QList<Requirement> m_requirements;
    QString m_text;
};

} // namespace driftdeck::drift
