// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/githandle.h"

namespace driftdeck {

GitLibrary::GitLibrary()
{
    git_libgit2_init();
}

GitLibrary::~GitLibrary()
{
    git_libgit2_shutdown();
}

std::string gitLastError(int code)
{
    const git_error *err = git_error_last();
    if (err && err->message)
        return err->message;
    return "libgit2 error " + std::to_string(code);
}

} // namespace driftdeck
