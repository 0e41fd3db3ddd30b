"""Use cases, one public function each, one transaction each.

Convention: `def use_case(engine: Engine, actor: Actor, <plain values>) -> <dataclass>`.
A changing use case opens `with UnitOfWork(engine, actor) as uow:` and writes its
journal, audit and outbox rows through `uow`; a query opens `read_session(engine)`.
Inputs and outputs are plain values or frozen dataclasses, never ORM objects.
"""
