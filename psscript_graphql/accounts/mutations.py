"""Account mutations: register, login, logout, logoutAll, changePassword, and the admin's user actions."""

from __future__ import annotations

from datetime import datetime, timedelta

import strawberry
from strawberry import relay

from psscript_graphql.accounts import attempts, service
from psscript_graphql.accounts.errors import AccountErrorCode
from psscript_graphql.accounts.types import User, UserRole
from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import Payload, in_transaction
from psscript_graphql.core.permissions import IsAdmin, IsAuthenticated
from psscript_graphql.core.relay import expect_global_id


@strawberry.type(description="A signed-in session: send `token` as `Authorization: Bearer <token>`.")
class AuthPayload(Payload):
    token: str | None = strawberry.field(default=None, description="The bearer token; shown once, stored only hashed.")
    expires_at: datetime | None = strawberry.field(default=None, description="When the token stops working.")
    user: User | None = strawberry.field(
        default=None, description="The signed-in user, shown as to themselves (their own `email` and `lastLoginAt`)."
    )

    @classmethod
    def signed_in(cls, result: service.SignIn) -> AuthPayload:
        return cls(token=result.token, expires_at=result.expires_at, user=User.signed_in_as(result.user))


@strawberry.type(description="How many sessions were ended.")
class LogoutPayload(Payload):
    revoked_sessions: int = strawberry.field(default=0, description="Tokens that stopped working.")


@strawberry.type(description="The user a mutation changed.")
class UserPayload(Payload):
    user: User | None = None


def _client(info: Info) -> tuple[str | None, str | None]:
    request = info.context.request
    if request is None:
        return None, None
    return request.headers.get("user-agent"), request.client.host if request.client else None


def _ttl(info: Info) -> timedelta:
    return timedelta(hours=info.context.settings.session_ttl_hours)


async def _sessions_changed(info: Info) -> None:
    """Sessions ended or changed role: their websockets close now, not at the next check."""
    if info.context.session_watch is not None:
        await info.context.session_watch.sessions_changed()


@strawberry.type
class AccountMutations:
    @strawberry.mutation(
        description="Create an account and sign in. Passwords: 10–256 characters, not containing the username. "
        "Limited per client address (RATE_LIMITED), one per request."
    )
    async def register(self, info: Info, username: str, email: str, password: str) -> AuthPayload:
        refused = await attempts.admit(info.context)
        if refused is not None:
            return AuthPayload.failed(refused)
        user_agent, ip = _client(info)

        async def work(session):  # type: ignore[no-untyped-def]
            user = await service.register(session, username=username, email=email, password=password)
            return await service.start_session(session, user, ttl=_ttl(info), user_agent=user_agent, ip=ip)

        result = await in_transaction(info.context.db, work)
        return AuthPayload.failed(result) if isinstance(result, DomainError) else AuthPayload.signed_in(result)

    @strawberry.mutation(
        description="Sign in by username or email. Repeated failures from one address make it wait longer and longer "
        "between attempts (answered like a wrong password); one per request."
    )
    async def login(self, info: Info, username_or_email: str, password: str) -> AuthPayload:
        refused = await attempts.admit(info.context, identifier=username_or_email, throttled=service.wrong_credentials())
        if refused is not None:
            if refused.code == AccountErrorCode.INVALID_CREDENTIALS.value:
                await service.refuse_sign_in(password)  # the time a wrong password takes
            return AuthPayload.failed(refused)
        user_agent, ip = _client(info)
        result = await in_transaction(
            info.context.db,
            lambda session: service.login(
                session, identifier=username_or_email, password=password, ttl=_ttl(info), user_agent=user_agent, ip=ip
            ),
        )
        if isinstance(result, DomainError):
            return AuthPayload.failed(result)
        await attempts.succeeded(info.context, username_or_email)
        return AuthPayload.signed_in(result)

    @strawberry.mutation(permission_classes=[IsAuthenticated], description="End this session: its token stops working at once.")
    async def logout(self, info: Info) -> LogoutPayload:
        count = await in_transaction(info.context.db, lambda session: service.logout(session, info.context.viewer))
        await _sessions_changed(info)
        return LogoutPayload(revoked_sessions=count)  # type: ignore[arg-type]

    @strawberry.mutation(permission_classes=[IsAuthenticated], description="End every session of yours, this one included.")
    async def logout_all(self, info: Info) -> LogoutPayload:
        count = await in_transaction(info.context.db, lambda session: service.logout_all(session, info.context.viewer))
        await _sessions_changed(info)
        return LogoutPayload(revoked_sessions=count)  # type: ignore[arg-type]

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Change your password; every other session is signed out. Wrong current passwords are "
        "throttled like sign-ins; one per request.",
    )
    async def change_password(self, info: Info, current_password: str, new_password: str) -> UserPayload:
        account = f"#user:{info.context.viewer.id}"  # no typed name can be this: '#' is not allowed in usernames
        refused = await attempts.admit(info.context, identifier=account, throttled=service.wrong_current_password())
        if refused is not None:
            return UserPayload.failed(refused)
        result = await in_transaction(
            info.context.db,
            lambda session: service.change_password(session, info.context.viewer, current=current_password, new=new_password),
        )
        if isinstance(result, DomainError):
            return UserPayload.failed(result)
        await attempts.succeeded(info.context, account)
        await _sessions_changed(info)
        return UserPayload(user=User.from_row(result))

    @strawberry.mutation(permission_classes=[IsAdmin], description="Admin: make a user an admin or a regular user.")
    async def set_user_role(self, info: Info, user_id: relay.GlobalID, role: UserRole) -> UserPayload:
        id = expect_global_id(user_id, "User", argument="userId")
        result = await in_transaction(info.context.db, lambda session: service.set_user_role(session, user_id=id, role=role.value))
        if isinstance(result, DomainError):
            return UserPayload.failed(result)
        await _sessions_changed(info)
        return UserPayload(user=User.from_row(result))

    @strawberry.mutation(
        permission_classes=[IsAdmin], description="Admin: lift the sign-in delays on a user's name and email, from every address."
    )
    async def unlock_user(self, info: Info, user_id: relay.GlobalID) -> UserPayload:
        id = expect_global_id(user_id, "User", argument="userId")
        result = await in_transaction(info.context.db, lambda session: service.unlock_user(session, user_id=id))
        if isinstance(result, DomainError):
            return UserPayload.failed(result)
        await info.context.credential_guard.throttle.forget(result.username, result.email, f"#user:{result.id}")
        return UserPayload(user=User.from_row(result))
