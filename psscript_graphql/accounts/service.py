"""Account rules: registration, sign-in, sessions, password changes, admin actions.

Guessing is slowed before these run, by client address and by (account name, address)
(accounts/attempts.py): no number of failures locks an account, so nobody can lock its owner out.

Functions take the caller's session and never commit. Argon2 hashing is CPU work of ~50 ms, so it
runs in a worker thread and never stalls the event loop for other requests.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from psscript_graphql.accounts import passwords, tokens
from psscript_graphql.accounts.errors import AccountErrorCode as Code
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models

# Touching last_used_at on every request would make every read a write; once in a while is enough.
LAST_USED_RESOLUTION = timedelta(minutes=5)

PASSWORD_MIN, PASSWORD_MAX = 10, 256
USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,63}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")

# Verifying against this when the user does not exist makes "no such user" cost what a wrong
# password costs, so response times do not reveal which usernames exist.
_DUMMY_HASH = passwords.hash_password("no account has this password")


@dataclass(frozen=True)
class SignIn:
    user: models.User
    token: str
    expires_at: datetime


def _now() -> datetime:
    return datetime.now(UTC)


def check_password_policy(password: str, *, username: str, field: str = "password") -> None:
    if len(password) < PASSWORD_MIN:
        raise DomainError(Code.WEAK_PASSWORD, f"Use at least {PASSWORD_MIN} characters.", field=(field,))
    if len(password) > PASSWORD_MAX:
        raise DomainError(Code.WEAK_PASSWORD, f"Use at most {PASSWORD_MAX} characters.", field=(field,))
    if username.lower() in password.lower():
        raise DomainError(Code.WEAK_PASSWORD, "The password must not contain the username.", field=(field,))
    if len(set(password)) < 4:
        raise DomainError(Code.WEAK_PASSWORD, "Use more than three different characters.", field=(field,))


async def _hash(password: str) -> str:
    return await asyncio.to_thread(passwords.hash_password, password)


async def _verify(password_hash: str, password: str) -> bool:
    return await asyncio.to_thread(passwords.verify_password, password_hash, password)


async def register(session: AsyncSession, *, username: str, email: str, password: str) -> models.User:
    username, email = username.strip(), email.strip()
    if not USERNAME_PATTERN.match(username):
        raise DomainError(
            Code.INVALID_USERNAME,
            "Usernames are 3–64 letters, digits, '.', '_' or '-', starting with a letter or digit.",
            field=("username",),
        )
    if len(email) > 254 or not EMAIL_PATTERN.match(email):
        raise DomainError(Code.INVALID_EMAIL, "Enter a valid email address.", field=("email",))
    check_password_policy(password, username=username)
    taken = await session.execute(
        select(func.lower(models.User.username) == username.lower(), func.lower(models.User.email) == email.lower())
        .where(or_(func.lower(models.User.username) == username.lower(), func.lower(models.User.email) == email.lower()))
    )
    for same_username, _same_email in taken:
        if same_username:
            raise DomainError(Code.USERNAME_TAKEN, "That username is taken.", field=("username",))
        raise DomainError(Code.EMAIL_TAKEN, "An account with that email exists.", field=("email",))
    user = models.User(username=username, email=email, password_hash=await _hash(password))
    try:
        async with session.begin_nested():  # a concurrent registration may win the unique index
            session.add(user)
            await session.flush()
    except IntegrityError:
        raise DomainError(Code.USERNAME_TAKEN, "That username or email is taken.", field=("username",)) from None
    return user


async def start_session(
    session: AsyncSession, user: models.User, *, ttl: timedelta, user_agent: str | None = None, ip: str | None = None
) -> SignIn:
    token = tokens.new_token()
    expires_at = _now() + ttl
    session.add(
        models.AuthSession(
            user_id=user.id,
            token_hash=tokens.token_hash(token),
            expires_at=expires_at,
            user_agent=(user_agent or None) and user_agent[:512],
            ip_address=ip,
        )
    )
    await session.flush()
    return SignIn(user=user, token=token, expires_at=expires_at)


async def login(
    session: AsyncSession, *, identifier: str, password: str, ttl: timedelta, user_agent: str | None = None, ip: str | None = None
) -> SignIn | DomainError:
    """Sign in by username or email; a failure is returned (INVALID_CREDENTIALS, whether the
    account exists or not), not raised."""
    key = identifier.strip().lower()
    user = await session.scalar(
        select(models.User).where(or_(func.lower(models.User.username) == key, func.lower(models.User.email) == key))
    )
    if user is None:
        return await refuse_sign_in(password)
    if not await _verify(user.password_hash, password):
        return wrong_credentials()
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = await _hash(password)
    user.last_login_at = _now()
    await session.flush()
    return await start_session(session, user, ttl=ttl, user_agent=user_agent, ip=ip)


def wrong_credentials() -> DomainError:
    return DomainError(Code.INVALID_CREDENTIALS, "Wrong username/email or password.")


async def refuse_sign_in(password: str) -> DomainError:
    """The answer to a sign-in that is not checked (no such account, or throttled), after the
    work a wrong password costs: response and timing match a wrong password's."""
    await _verify(_DUMMY_HASH, password)
    return wrong_credentials()


# Built once: every signed-in request runs this, and building a select costs more than running it.
_SESSION_OF_TOKEN = (
    select(models.AuthSession.id, models.AuthSession.user_id, models.AuthSession.last_used_at, models.User.role)
    .join(models.User, models.User.id == models.AuthSession.user_id)
    .where(
        models.AuthSession.token_hash == bindparam("token_hash"),
        models.AuthSession.revoked_at.is_(None),
        models.AuthSession.expires_at > func.now(),
    )
)
_TOUCH_SESSION = (
    update(models.AuthSession).where(models.AuthSession.id == bindparam("session_id")).values(last_used_at=bindparam("now"))
)


async def authenticate(db: AsyncSession | AsyncConnection, token: str) -> Viewer | None:
    """The viewer a bearer token stands for; None when unknown, expired or revoked.

    `db` may be a session or a plain (autocommit) connection: the request path uses the latter,
    one statement and no transaction around it in the common case.
    """
    row = (await db.execute(_SESSION_OF_TOKEN, {"token_hash": tokens.token_hash(token)})).first()
    if row is None:
        return None
    now = _now()
    if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
        await db.execute(_TOUCH_SESSION, {"session_id": row.id, "now": now})
    return Viewer(id=row.user_id, role=row.role, session_id=row.id)


async def logout(session: AsyncSession, viewer: Viewer) -> int:
    result = await session.execute(
        update(models.AuthSession)
        .where(models.AuthSession.id == viewer.session_id, models.AuthSession.revoked_at.is_(None))
        .values(revoked_at=func.now())
    )
    return result.rowcount


async def logout_all(session: AsyncSession, viewer: Viewer, *, keep_session_id: int | None = None) -> int:
    stmt = update(models.AuthSession).where(
        models.AuthSession.user_id == viewer.id, models.AuthSession.revoked_at.is_(None)
    )
    if keep_session_id is not None:
        stmt = stmt.where(models.AuthSession.id != keep_session_id)
    result = await session.execute(stmt.values(revoked_at=func.now()))
    return result.rowcount


def wrong_current_password() -> DomainError:
    return DomainError(Code.WRONG_PASSWORD, "The current password is wrong.", field=("currentPassword",))


async def change_password(session: AsyncSession, viewer: Viewer, *, current: str, new: str) -> models.User:
    """Sets a new password and signs out every other session (a leaked token dies with the old password)."""
    user = await session.get(models.User, viewer.id, with_for_update=True)
    if user is None:
        raise DomainError(Code.NOT_FOUND, "Your account no longer exists.")
    if not await _verify(user.password_hash, current):
        raise wrong_current_password()
    check_password_policy(new, username=user.username, field="newPassword")
    if current == new:
        raise DomainError(Code.WEAK_PASSWORD, "Choose a password different from the current one.", field=("newPassword",))
    user.password_hash = await _hash(new)
    await session.flush()
    await logout_all(session, viewer, keep_session_id=viewer.session_id)
    return user


async def set_user_role(session: AsyncSession, *, user_id: int, role: str) -> models.User:
    user = await session.get(models.User, user_id, with_for_update=True)
    if user is None:
        raise DomainError(Code.NOT_FOUND, "No such user.", field=("userId",))
    if user.role == "admin" and role != "admin":
        # Lock every admin row, so two admins demoting each other cannot leave none.
        admins = (await session.scalars(select(models.User.id).where(models.User.role == "admin").with_for_update())).all()
        if len(admins) <= 1:
            raise DomainError(Code.LAST_ADMIN, "The last administrator cannot be demoted.", field=("role",))
    user.role = role
    await session.flush()
    return user


async def unlock_user(session: AsyncSession, *, user_id: int) -> models.User:
    user = await session.get(models.User, user_id, with_for_update=True)
    if user is None:
        raise DomainError(Code.NOT_FOUND, "No such user.", field=("userId",))
    user.locked_until, user.login_attempts = None, 0
    await session.flush()
    return user
