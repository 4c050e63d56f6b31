package policylens.index;

/** An engine cannot do what was asked (unreachable, refused, misconfigured); the message is one line for people. */
public class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
