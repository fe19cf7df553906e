"""Who is asking: the implicit local user, or a team member signed in with a server-side session.

Passwords are hashed with argon2id (argon2-cffi). Session and invitation tokens are random; only
their sha256 is stored, so a copy of the database opens no session. Every case a team member can
reach is found through `case_orgs`; anything else is "not found", never "forbidden", so a user
cannot learn that another organisation's case exists.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from reinstate.errors import ReinstateError
from reinstate.web.tables import (
    ROLES,
    CaseOrgRow,
    InvitationRow,
    MembershipRow,
    OrgRow,
    SessionRow,
    UserRow,
)

if TYPE_CHECKING:
    from reinstate.cases import Store

SESSION_HOURS = 12
INVITATION_DAYS = 7
MIN_PASSWORD = 10


@dataclass(frozen=True)
class Principal:
    """The user behind a request. `local` means loopback single-user mode (no login)."""

    local: bool
    user_id: int | None = None
    org_id: int | None = None
    role: str = "owner"
    name: str = ""
    email: str = ""
    csrf: str = ""
    org_name: str = ""

    @property
    def can_write(self) -> bool:
        return self.role in ("owner", "member")

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"


class AuthError(ReinstateError):
    """A refused sign-in, invitation or permission, with the HTTP status of this refusal (the
    same code can be 401 at sign-in and 403 elsewhere); texts are in the error catalogue."""

    def __init__(self, status: int, key: str, **params: Any) -> None:
        super().__init__(key, **params)
        self.status = status
        self.key = key


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AuthError(422, "password_short", min=MIN_PASSWORD)
    return str(_hasher().hash(password))


def verify_password(hashed: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(hashed, password))
    except (VerificationError, InvalidHashError):
        return False


# A fixed hash so an unknown e-mail costs as much time as a wrong password.
_DUMMY_HASH: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY_HASH:
        _DUMMY_HASH.append(str(_hasher().hash(secrets.token_hex(16))))
    return _DUMMY_HASH[0]


def _email(value: str) -> str:
    email = value.strip().lower()
    if "@" not in email or len(email) > 320 or any(c.isspace() for c in email):
        raise AuthError(422, "email_invalid")
    return email


def create_org_with_owner(store: Store, org: str, email: str, name: str, password: str) -> int:
    """A new organisation and its first owner (from `reinstate team init`). Returns the org id."""
    hashed = hash_password(password)
    address = _email(email)
    if not org.strip():
        raise AuthError(422, "org_name_missing")
    with store.transaction() as session:
        user = session.scalar(select(UserRow).where(UserRow.email == address))
        if user is None:
            user = UserRow(
                email=address, name=name.strip() or address, password_hash=hashed, created_at=_now()
            )
            session.add(user)
        elif not verify_password(user.password_hash, password):
            raise AuthError(403, "login_failed")
        row = OrgRow(name=org.strip(), created_at=_now())
        session.add(row)
        session.flush()
        session.add(MembershipRow(user_id=user.id, org_id=row.id, role="owner"))
        return row.id


def organisation_count(store: Store) -> int:
    from sqlalchemy import func

    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(OrgRow)) or 0)


def login(store: Store, email: str, password: str) -> tuple[str, str]:
    """Check the password and open a session; returns (session token, CSRF token)."""
    address = email.strip().lower()
    with store.session() as session:
        user = session.scalar(select(UserRow).where(UserRow.email == address))
        membership = (
            session.scalar(
                select(MembershipRow)
                .where(MembershipRow.user_id == user.id)
                .order_by(MembershipRow.id)
            )
            if user is not None
            else None
        )
    if user is None:
        verify_password(_dummy_hash(), password)
        raise AuthError(401, "login_failed")
    if not verify_password(user.password_hash, password):
        raise AuthError(401, "login_failed")
    if membership is None:
        raise AuthError(403, "no_organisation")
    return open_session(store, user.id, membership.org_id)


def open_session(store: Store, user_id: int, org_id: int) -> tuple[str, str]:
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    with store.transaction() as session:
        session.execute(delete(SessionRow).where(SessionRow.expires_at < _now()))
        session.add(
            SessionRow(
                token_hash=token_hash(token),
                user_id=user_id,
                org_id=org_id,
                csrf_token=csrf,
                created_at=_now(),
                expires_at=_now() + timedelta(hours=SESSION_HOURS),
            )
        )
    return token, csrf


def session_principal(store: Store, token: str) -> Principal:
    """The signed-in user for a session cookie; AuthError 401 when unknown or expired."""
    with store.session() as session:
        row = session.scalar(select(SessionRow).where(SessionRow.token_hash == token_hash(token)))
        if row is None:
            raise AuthError(401, "session_unknown")
        if row.expires_at < _now():
            raise AuthError(401, "session_expired")
        found = session.execute(
            select(UserRow, MembershipRow, OrgRow)
            .join(MembershipRow, MembershipRow.user_id == UserRow.id)
            .join(OrgRow, OrgRow.id == MembershipRow.org_id)
            .where(UserRow.id == row.user_id, MembershipRow.org_id == row.org_id)
        ).first()
    if found is None:  # removed from the organisation since signing in
        raise AuthError(401, "session_unknown")
    user, membership, org = found
    return Principal(
        local=False,
        user_id=user.id,
        org_id=org.id,
        role=membership.role,
        name=user.name,
        email=user.email,
        csrf=row.csrf_token,
        org_name=org.name,
    )


def logout(store: Store, token: str) -> None:
    with store.transaction() as session:
        session.execute(delete(SessionRow).where(SessionRow.token_hash == token_hash(token)))


def expire_session(store: Store, token: str) -> None:
    """For tests and admins: make a session expired without deleting it."""
    with store.transaction() as session:
        row = session.scalar(select(SessionRow).where(SessionRow.token_hash == token_hash(token)))
        if row is not None:
            row.expires_at = _now() - timedelta(seconds=1)


def invite(store: Store, who: Principal, email: str, role: str) -> str:
    """An invitation link token (shown once) for `email` to join the inviter's organisation."""
    if not who.is_owner or who.org_id is None:
        raise AuthError(403, "owners_only")
    if role not in ROLES:
        raise AuthError(422, "role_invalid")
    address = _email(email)
    token = secrets.token_urlsafe(32)
    with store.transaction() as session:
        session.add(
            InvitationRow(
                org_id=who.org_id,
                email=address,
                role=role,
                token_hash=token_hash(token),
                invited_by=who.user_id,
                created_at=_now(),
                expires_at=_now() + timedelta(days=INVITATION_DAYS),
            )
        )
    return token


def invitation(store: Store, token: str) -> InvitationRow:
    with store.session() as session:
        row = session.scalar(
            select(InvitationRow).where(InvitationRow.token_hash == token_hash(token))
        )
    if row is None or row.accepted_at is not None:
        raise AuthError(404, "invitation_unknown")
    if row.expires_at < _now():
        raise AuthError(410, "invitation_expired")
    return row


def accept_invitation(store: Store, token: str, name: str, password: str) -> tuple[str, str]:
    """Join the organisation (creating the user when new); returns a new session."""
    found = invitation(store, token)
    with store.transaction() as session:
        row = session.get(InvitationRow, found.id)
        assert row is not None
        user = session.scalar(select(UserRow).where(UserRow.email == row.email))
        if user is None:
            user = UserRow(
                email=row.email,
                name=name.strip() or row.email,
                password_hash=hash_password(password),
                created_at=_now(),
            )
            session.add(user)
            session.flush()
        elif not verify_password(user.password_hash, password):
            raise AuthError(401, "login_failed")
        exists = session.scalar(
            select(MembershipRow).where(
                MembershipRow.user_id == user.id, MembershipRow.org_id == row.org_id
            )
        )
        if exists is None:
            session.add(MembershipRow(user_id=user.id, org_id=row.org_id, role=row.role))
        row.accepted_at = _now()
        user_id, org_id = user.id, row.org_id
    return open_session(store, user_id, org_id)


def members(store: Store, org_id: int) -> list[tuple[str, str, str]]:
    with store.session() as session:
        rows = session.execute(
            select(UserRow.name, UserRow.email, MembershipRow.role)
            .join(MembershipRow, MembershipRow.user_id == UserRow.id)
            .where(MembershipRow.org_id == org_id)
            .order_by(UserRow.email)
        ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def pending_invitations(store: Store, org_id: int) -> list[InvitationRow]:
    with store.session() as session:
        return list(
            session.scalars(
                select(InvitationRow)
                .where(InvitationRow.org_id == org_id, InvitationRow.accepted_at.is_(None))
                .order_by(InvitationRow.id)
            ).all()
        )


def revoke_invitation(store: Store, who: Principal, invitation_id: int) -> None:
    """Withdraw an open invitation of the owner's own organisation (404 for anyone else's)."""
    if not who.is_owner or who.org_id is None:
        raise AuthError(403, "owners_only")
    with store.transaction() as session:
        row = session.get(InvitationRow, invitation_id)
        if row is None or row.org_id != who.org_id or row.accepted_at is not None:
            raise AuthError(404, "invitation_unknown")
        session.delete(row)


def organisations(store: Store, user_id: int) -> list[tuple[int, str, str]]:
    """(org id, name, role) of every organisation the user belongs to."""
    with store.session() as session:
        rows = session.execute(
            select(OrgRow.id, OrgRow.name, MembershipRow.role)
            .join(MembershipRow, MembershipRow.org_id == OrgRow.id)
            .where(MembershipRow.user_id == user_id)
            .order_by(OrgRow.name, OrgRow.id)
        ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def switch_organisation(store: Store, token: str, who: Principal, org_id: int) -> None:
    """Point the caller's session at another organisation the user belongs to (404 otherwise)."""
    if who.user_id is None or org_id not in {o[0] for o in organisations(store, who.user_id)}:
        raise AuthError(404, "organisation_unknown")
    with store.transaction() as session:
        row = session.scalar(select(SessionRow).where(SessionRow.token_hash == token_hash(token)))
        if row is None or row.user_id != who.user_id:
            raise AuthError(401, "session_unknown")
        row.org_id = org_id


# Which cases a principal may see


def visible_case_ids(store: Store, who: Principal) -> set[int] | None:
    """The case ids a principal may reach, or None for "all" (local mode)."""
    if who.local:
        return None
    with store.session() as session:
        return set(
            session.scalars(select(CaseOrgRow.case_id).where(CaseOrgRow.org_id == who.org_id))
        )


def may_see(store: Store, who: Principal, case_id: int) -> bool:
    if who.local:
        return True
    with store.session() as session:
        row = session.get(CaseOrgRow, case_id)
    return row is not None and row.org_id == who.org_id


def claim_case(store: Store, case_id: int, org_id: int) -> None:
    """Give a new case to an organisation; on failure the case is removed again."""
    from reinstate.cases.tables import CaseRow

    try:
        with store.transaction() as session:
            session.add(CaseOrgRow(case_id=case_id, org_id=org_id))
    except Exception:
        with store.transaction() as session:
            row = session.get(CaseRow, case_id)
            if row is not None:
                session.delete(row)
        raise
