// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// QueuedSpy: QSignalSpy for signals emitted on another thread (the network loop's).
// QSignalSpy connects directly, so it appends to its list on the emitting thread while the test
// reads the list on its own: a data race ThreadSanitizer reports (docs/security.md). QueuedSpy
// records on the thread that created it, through a queued connection, so the list is only ever
// touched by the test's thread; the records arrive while the test processes events (QTRY_*,
// wait()). Emissions are recorded in the order they were made.

#include <QList>
#include <QObject>
#include <QTest>
#include <QVariant>

#include <type_traits>

class QueuedSpy : public QObject, public QList<QList<QVariant>>
{
public:
    template <typename Sender, typename... Args>
    QueuedSpy(const Sender *sender, void (Sender::*signal)(Args...))
    {
        QObject::connect(
            sender, signal, this,
            [this](Args... args) { append(QList<QVariant>{QVariant::fromValue(std::decay_t<Args>(args))...}); },
            Qt::QueuedConnection);
    }

    // Waits until at least one more emission was recorded.
    bool wait(int timeoutMs = 5000)
    {
        const qsizetype before = size();
        return QTest::qWaitFor([&] { return size() > before; }, timeoutMs);
    }
};
