"""Queries on the coach's review: shares, comments, assigned practice and the audit log.

Each query names the person it is for (the candidate or the coach): these rows are about two
people, so they are not owned rows filtered by ``store.scope``; every function here filters by
the account it is given, and a share is live only until it is revoked.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from poise.store.models import (
    AuditEvent,
    PracticeAssignment,
    ReviewComment,
    Share,
    UserAccount,
)


def live_share(session: Session, share_id: int, *, coach_id: int) -> Share | None:
    """A share of this coach's that the candidate has not revoked (and whose candidate can sign in)."""
    query = (
        select(Share)
        .join(UserAccount, UserAccount.id == Share.candidate_id)
        .where(Share.id == share_id, Share.coach_id == coach_id, Share.revoked_at.is_(None),
               UserAccount.disabled_at.is_(None))
    )
    return session.scalars(query).first()


def coach_shares(session: Session, coach_id: int) -> list[Share]:
    """Every live share with this coach, oldest first."""
    query = (
        select(Share)
        .join(UserAccount, UserAccount.id == Share.candidate_id)
        .where(Share.coach_id == coach_id, Share.revoked_at.is_(None),
               UserAccount.disabled_at.is_(None))
        .order_by(Share.id)
    )
    return list(session.scalars(query))


def candidate_shares(session: Session, candidate_id: int) -> list[Share]:
    """Every live share the candidate made, oldest first."""
    query = (select(Share).where(Share.candidate_id == candidate_id, Share.revoked_at.is_(None))
             .order_by(Share.id))
    return list(session.scalars(query))


def candidate_share(session: Session, share_id: int, *, candidate_id: int) -> Share | None:
    """One live share the candidate made."""
    query = select(Share).where(Share.id == share_id, Share.candidate_id == candidate_id,
                                Share.revoked_at.is_(None))
    return session.scalars(query).first()


def existing_share(session: Session, *, candidate_id: int, coach_id: int,
                   application_id: int) -> Share | None:
    """The live share of this application with this coach, if any."""
    query = select(Share).where(Share.candidate_id == candidate_id, Share.coach_id == coach_id,
                                Share.application_id == application_id, Share.revoked_at.is_(None))
    return session.scalars(query).first()


def add_share(session: Session, *, candidate_id: int, coach_id: int, application_id: int) -> Share:
    """Share one application with one coach."""
    share = Share(candidate_id=candidate_id, coach_id=coach_id, application_id=application_id)
    session.add(share)
    session.flush()
    return share


def revoke(share: Share, *, now: datetime) -> None:
    """End a share: the coach sees nothing of it any more."""
    share.revoked_at = now


def comments_for(session: Session, *, candidate_id: int, target: str,
                 target_ids: list[int]) -> list[ReviewComment]:
    """The comments on these turns or stories of the candidate, oldest first."""
    if not target_ids:
        return []
    query = (select(ReviewComment)
             .where(ReviewComment.candidate_id == candidate_id, ReviewComment.target == target,
                    ReviewComment.target_id.in_(target_ids))
             .order_by(ReviewComment.id))
    return list(session.scalars(query))


def add_comment(session: Session, comment: ReviewComment) -> ReviewComment:
    """Store a coach's comment."""
    session.add(comment)
    session.flush()
    return comment


def pending_assignments(session: Session, candidate_id: int) -> list[PracticeAssignment]:
    """Practice the candidate has been set and not done, soonest due first."""
    query = (select(PracticeAssignment)
             .where(PracticeAssignment.candidate_id == candidate_id,
                    PracticeAssignment.done_at.is_(None))
             .order_by(PracticeAssignment.due_on, PracticeAssignment.id))
    return list(session.scalars(query))


def candidate_assignment(session: Session, assignment_id: int, *,
                         candidate_id: int) -> PracticeAssignment | None:
    """One pending assignment of the candidate's."""
    query = select(PracticeAssignment).where(PracticeAssignment.id == assignment_id,
                                             PracticeAssignment.candidate_id == candidate_id,
                                             PracticeAssignment.done_at.is_(None))
    return session.scalars(query).first()


def mark_done(session: Session, assignment_ids: list[int], *, now: datetime) -> None:
    """Mark practice a coach set as done."""
    session.execute(update(PracticeAssignment).where(PracticeAssignment.id.in_(assignment_ids))
                    .values(done_at=now))


def add_assignment(session: Session, assignment: PracticeAssignment) -> PracticeAssignment:
    """Store practice a coach set."""
    session.add(assignment)
    session.flush()
    return assignment


def record_view(session: Session, *, candidate_id: int, actor: UserAccount | None, actor_email: str,
                action: str, subject: str) -> None:
    """Write one line of the candidate's audit log."""
    session.add(AuditEvent(candidate_id=candidate_id, actor_id=actor.id if actor else None,
                           actor_email=actor_email, action=action, subject=subject[:300]))
    session.flush()


def audit_log(session: Session, candidate_id: int, *, limit: int = 200) -> list[AuditEvent]:
    """The candidate's audit log, newest first."""
    query = (select(AuditEvent).where(AuditEvent.candidate_id == candidate_id)
             .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit))
    return list(session.scalars(query))


def accounts_by_id(session: Session, ids: set[int]) -> dict[int, UserAccount]:
    """Accounts by id, for showing names and e-mails."""
    if not ids:
        return {}
    return {account.id: account
            for account in session.scalars(select(UserAccount).where(UserAccount.id.in_(ids)))}


def coaches(session: Session) -> list[UserAccount]:
    """Accounts that can review (coaches and admins) and can sign in."""
    query = (select(UserAccount)
             .where(UserAccount.role.in_(("coach", "admin")), UserAccount.disabled_at.is_(None),
                    UserAccount.password_hash.is_not(None))
             .order_by(UserAccount.email))
    return list(session.scalars(query))
