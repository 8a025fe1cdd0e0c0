using Bot.Sandbox.Gateway;

namespace Bot.Sandbox.State;

/// <summary>Where the world sends gateway dispatches; called under the world lock so events keep their order.</summary>
internal interface IEventSink
{
    void Dispatch(GatewayDispatch dispatch);
}
